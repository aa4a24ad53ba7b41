using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Workers;

/// <summary>
/// A departure clearance as a PDF in Khmer and English, with a QR code to its public check. It carries the passport
/// number, so only those who see identity numbers in full (the agency and MLVT) may draw it.
/// </summary>
public static class GetClearanceDocument
{
    public sealed class Handler(ILicensingDb db, ICurrentUser user, IDepartureClearanceRenderer renderer)
    {
        public async Task<(string Number, byte[] Pdf)> HandleAsync(Guid workerId, Guid clearanceId, string publicBaseUrl, CancellationToken cancellationToken)
        {
            if (!user.SeesIdentityNumbers()) throw DomainException.NotFound();
            var data = await (
                from c in db.DepartureClearances.AsNoTracking()
                join d in db.VisibleDeployments(user) on c.DeploymentId equals d.Id
                join w in db.Workers on c.WorkerId equals w.Id
                join a in db.Agencies on c.AgencyId equals a.Id
                join o in db.JobOrders on d.JobOrderId equals o.Id
                join k in db.Countries on c.CountryCode equals k.Code
                join s in db.Sectors on d.SectorCode equals s.Code
                where c.Id == clearanceId && c.WorkerId == workerId
                select new { c.Number, c.IssuedOn, c.ValidUntil, c.AgencyId, w.NameKm, w.NameLatin, w.PassportNumber, AgencyName = a.Name, o.Offer.EmployerName, Country = k.Name, Sector = s.Name })
                .SingleOrDefaultAsync(cancellationToken) ?? throw DomainException.NotFound();
            var licence = await db.Licences.AsNoTracking().Where(l => l.AgencyId == data.AgencyId)
                .OrderBy(l => l.Status == LicenceStatus.Active ? 0 : 1).ThenByDescending(l => l.IssuedOn).Select(l => l.Number).FirstOrDefaultAsync(cancellationToken);
            var document = new DepartureClearanceDocument(data.Number, data.NameKm, data.NameLatin, data.PassportNumber ?? "", data.AgencyName.Km, data.AgencyName.En,
                licence ?? "", data.Country.Km, data.Country.En, data.Sector.Km, data.Sector.En, data.EmployerName, data.IssuedOn, data.ValidUntil,
                $"{publicBaseUrl.TrimEnd('/')}/verify/clearances/{data.Number}");
            return (data.Number, renderer.Render(document));
        }
    }
}
