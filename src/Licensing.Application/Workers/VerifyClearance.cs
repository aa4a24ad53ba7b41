using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Common;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Workers;

/// <summary>
/// Public verification of a departure clearance by its number (typed, or read from its QR code), for border
/// officials, embassies and the worker's family: only what proves it (status, the worker's initials, destination,
/// agency and dates), nothing that identifies the worker further.
/// </summary>
public static class VerifyClearance
{
    public sealed record PublicClearance(
        string Number, ClearanceStatus Status, string WorkerInitials, string CountryCode, string CountryKm, string CountryEn,
        string AgencyNameKm, string AgencyNameEn, DateOnly IssuedOn, DateOnly ValidUntil);

    public sealed class Handler(ILicensingDb db, BusinessCalendar calendar)
    {
        public async Task<PublicClearance> ByNumberAsync(string number, CancellationToken cancellationToken)
        {
            var normalized = number.Trim().ToUpperInvariant();
            var found = await (
                from c in db.DepartureClearances.AsNoTracking()
                join w in db.Workers on c.WorkerId equals w.Id
                join a in db.Agencies on c.AgencyId equals a.Id
                join k in db.Countries on c.CountryCode equals k.Code
                where c.Number == normalized
                select new { Clearance = c, w.NameLatin, AgencyName = a.Name, CountryName = k.Name })
                .SingleOrDefaultAsync(cancellationToken) ?? throw DomainException.NotFound();
            var clearance = found.Clearance;
            return new PublicClearance(clearance.Number, clearance.StatusOn(calendar.Today), Initials(found.NameLatin), clearance.CountryCode,
                found.CountryName.Km, found.CountryName.En, found.AgencyName.Km, found.AgencyName.En, clearance.IssuedOn, clearance.ValidUntil);
        }

        /// <summary>"Sok Chanda" → "S. C."; words in brackets (such as "(fictitious)") are left out.</summary>
        public static string Initials(string nameLatin) =>
            string.Join(" ", nameLatin.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).Select(w => char.ToUpperInvariant(w[0]) + "."));
    }
}
