using Licensing.Application.Abstractions;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Licences;

/// <summary>One licence with its agency and status history.</summary>
public static class GetLicence
{
    public sealed record Change(LicenceStatus From, LicenceStatus To, string Reason, DateTimeOffset At, string ByName);

    public sealed record Detail(Guid Id, string Number, Guid AgencyId, string AgencyNameKm, string AgencyNameEn, string RegistrationNumber,
        LicenceStatus Status, string? StatusReason, DateOnly? SuspendedUntil, DateOnly IssuedOn, DateOnly ExpiresOn, bool RenewalPending, Guid Version,
        IReadOnlyList<Change> History);

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task<Detail> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var licence = await db.LoadVisibleAsync(user, id, cancellationToken);
            var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == licence.AgencyId).Select(a => new { a.Name.Km, a.Name.En }).SingleAsync(cancellationToken);
            return new Detail(licence.Id, licence.Number, licence.AgencyId, agency.Km, agency.En, licence.RegistrationNumber,
                licence.Status, licence.StatusReason, licence.SuspendedUntil, licence.IssuedOn, licence.ExpiresOn, licence.RenewalPending, licence.Version,
                licence.History.OrderBy(h => h.At).Select(h => new Change(h.From, h.To, h.Reason, h.At, h.ByName)).ToList());
        }
    }
}
