using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Licences;

/// <summary>The certificate of an active licence as a PDF, with a QR code that opens its public verification page.</summary>
public static class GetLicenceCertificate
{
    public sealed class Handler(ILicensingDb db, ICurrentUser user, ILicenceCertificateRenderer renderer)
    {
        public async Task<(string Number, byte[] Pdf)> HandleAsync(Guid id, string publicBaseUrl, CancellationToken cancellationToken)
        {
            var licence = await db.LoadVisibleAsync(user, id, cancellationToken);
            if (licence.Status != LicenceStatus.Active)
            {
                throw new DomainException(ErrorCodes.LicenceNotActive);
            }
            var data = await (
                from a in db.Agencies.AsNoTracking()
                join p in db.Provinces on a.HeadOffice.ProvinceCode equals p.Code
                where a.Id == licence.AgencyId
                select new { a.Name, a.HeadOffice.Line, Province = p.Name }).SingleAsync(cancellationToken);
            var certificate = new LicenceCertificate(licence.Number, data.Name.Km, data.Name.En, licence.RegistrationNumber, data.Line,
                data.Province.Km, data.Province.En, licence.IssuedOn, licence.ExpiresOn, $"{publicBaseUrl.TrimEnd('/')}/verify/{licence.Number}");
            return (licence.Number, renderer.Render(certificate));
        }
    }
}
