using Licensing.Application.Abstractions;
using Licensing.Infrastructure.Documents.Layout;
using static Licensing.Infrastructure.Documents.CertificateWording;

namespace Licensing.Infrastructure.Documents;

/// <summary>Draws a licence certificate as a one-page A4 PDF in Khmer and English, with a QR code to its public check.</summary>
public sealed class LicenceCertificatePdf : ILicenceCertificateRenderer
{
    public byte[] Render(LicenceCertificate certificate) =>
        PdfDocument.Render($"Licence {certificate.Number}", $"{TitleEn}: {certificate.AgencyNameEn}", page =>
        {
            page.Letterhead();
            page.Title(TitleKm, TitleEn);
            page.Subtitle(LegalBasisKm, LegalBasisEn);
            page.Highlight(NumberKm, NumberEn, certificate.Number);
            page.Table(
            [
                new TableRow(AgencyKm, AgencyEn, certificate.AgencyNameKm, certificate.AgencyNameEn) { Emphasised = true },
                new TableRow(RegistrationKm, RegistrationEn, certificate.RegistrationNumber),
                new TableRow(HeadOfficeKm, HeadOfficeEn, certificate.HeadOfficeAddress),
                new TableRow(ProvinceKm, ProvinceEn, certificate.ProvinceKm, certificate.ProvinceEn),
                new TableRow(IssuedKm, IssuedEn, DocumentDates.Khmer(certificate.IssuedOn), DocumentDates.English(certificate.IssuedOn)),
                new TableRow(ExpiresKm, ExpiresEn, DocumentDates.Khmer(certificate.ExpiresOn), DocumentDates.English(certificate.ExpiresOn)),
            ]);
            page.Paragraph(NotTransferableKm, NotTransferableEn);
            page.Verification(certificate.VerificationUrl, ScanKm, ScanEn);
            page.Footer(certificate.Number);
        });
}
