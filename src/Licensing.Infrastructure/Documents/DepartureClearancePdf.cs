using Licensing.Application.Abstractions;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Infrastructure.Documents.Layout;

namespace Licensing.Infrastructure.Documents;

/// <summary>Draws a departure clearance as a one-page A4 PDF in Khmer and English, with a QR code to its public check.</summary>
public sealed class DepartureClearancePdf : IDepartureClearanceRenderer
{
    public byte[] Render(DepartureClearanceDocument clearance) =>
        PdfDocument.Render(
            Catalogue.In(Languages.English, Keys.ClearanceFileTitle, clearance.Number),
            $"{Catalogue.In(Languages.English, Keys.ClearanceTitle)}: {clearance.WorkerNameLatin}", page =>
        {
            page.Letterhead();
            page.Title(Keys.ClearanceTitle);
            page.Subtitle(Keys.ClearanceLegalBasis);
            page.Highlight(Keys.ClearanceNumber, clearance.Number);
            page.Table(
            [
                new TableRow(Keys.ClearanceWorker, clearance.WorkerNameKm, clearance.WorkerNameLatin) { Emphasised = true },
                new TableRow(Keys.ClearancePassport, clearance.PassportNumber),
                new TableRow(Keys.ClearanceAgency, clearance.AgencyNameKm, clearance.AgencyNameEn),
                new TableRow(Keys.ClearanceLicence, clearance.LicenceNumber),
                new TableRow(Keys.ClearanceCountry, clearance.CountryKm, clearance.CountryEn),
                new TableRow(Keys.ClearanceSector, clearance.SectorKm, clearance.SectorEn),
                new TableRow(Keys.ClearanceEmployer, clearance.EmployerName),
                new TableRow(Keys.DocumentIssuedOn, DocumentDates.Khmer(clearance.IssuedOn), DocumentDates.English(clearance.IssuedOn)),
                new TableRow(Keys.ClearanceValidUntil, DocumentDates.Khmer(clearance.ValidUntil), DocumentDates.English(clearance.ValidUntil)),
            ]);
            page.Paragraph(Keys.ClearancePassportOnly);
            page.Verification(clearance.VerificationUrl, Keys.ClearanceScan);
            page.Footer(clearance.Number);
        });
}
