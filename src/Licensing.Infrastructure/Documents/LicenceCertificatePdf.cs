using Licensing.Application.Abstractions;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Infrastructure.Documents.Layout;

namespace Licensing.Infrastructure.Documents;

/// <summary>Draws a licence certificate as a one-page A4 PDF in Khmer and English, with a QR code to its public check.</summary>
public sealed class LicenceCertificatePdf : ILicenceCertificateRenderer
{
    public byte[] Render(LicenceCertificate certificate) =>
        PdfDocument.Render(
            Catalogue.In(Languages.English, Keys.CertificateFileTitle, certificate.Number),
            $"{Catalogue.In(Languages.English, Keys.CertificateTitle)}: {certificate.AgencyNameEn}", page =>
        {
            page.Letterhead();
            page.Title(Keys.CertificateTitle);
            page.Subtitle(Keys.CertificateLegalBasis);
            page.Highlight(Keys.CertificateNumber, certificate.Number);
            page.Table(
            [
                new TableRow(Keys.CertificateAgency, certificate.AgencyNameKm, certificate.AgencyNameEn) { Emphasised = true },
                new TableRow(Keys.CertificateRegistration, certificate.RegistrationNumber),
                new TableRow(Keys.CertificateHeadOffice, certificate.HeadOfficeAddress),
                new TableRow(Keys.CertificateProvince, certificate.ProvinceKm, certificate.ProvinceEn),
                new TableRow(Keys.DocumentIssuedOn, DocumentDates.Khmer(certificate.IssuedOn), DocumentDates.English(certificate.IssuedOn)),
                new TableRow(Keys.CertificateExpiresOn, DocumentDates.Khmer(certificate.ExpiresOn), DocumentDates.English(certificate.ExpiresOn)),
            ]);
            page.Paragraph(Keys.CertificateNotTransferable);
            page.Verification(certificate.VerificationUrl, Keys.CertificateScan);
            page.Footer(certificate.Number);
        });
}
