using Licensing.Application.Abstractions;
using Licensing.Infrastructure.Documents.Layout;
using static Licensing.Infrastructure.Documents.DepartureClearanceWording;

namespace Licensing.Infrastructure.Documents;

/// <summary>Draws a departure clearance as a one-page A4 PDF in Khmer and English, with a QR code to its public check.</summary>
public sealed class DepartureClearancePdf : IDepartureClearanceRenderer
{
    public byte[] Render(DepartureClearanceDocument clearance) =>
        PdfDocument.Render($"Departure clearance {clearance.Number}", $"{TitleEn}: {clearance.WorkerNameLatin}", page =>
        {
            page.Letterhead();
            page.Title(TitleKm, TitleEn);
            page.Subtitle(LegalBasisKm, LegalBasisEn);
            page.Highlight(NumberKm, NumberEn, clearance.Number);
            page.Table(
            [
                new TableRow(WorkerKm, WorkerEn, clearance.WorkerNameKm, clearance.WorkerNameLatin) { Emphasised = true },
                new TableRow(PassportKm, PassportEn, clearance.PassportNumber),
                new TableRow(AgencyKm, AgencyEn, clearance.AgencyNameKm, clearance.AgencyNameEn),
                new TableRow(LicenceKm, LicenceEn, clearance.LicenceNumber),
                new TableRow(CountryKm, CountryEn, clearance.CountryKm, clearance.CountryEn),
                new TableRow(SectorKm, SectorEn, clearance.SectorKm, clearance.SectorEn),
                new TableRow(EmployerKm, EmployerEn, clearance.EmployerName),
                new TableRow(IssuedKm, IssuedEn, DocumentDates.Khmer(clearance.IssuedOn), DocumentDates.English(clearance.IssuedOn)),
                new TableRow(ValidUntilKm, ValidUntilEn, DocumentDates.Khmer(clearance.ValidUntil), DocumentDates.English(clearance.ValidUntil)),
            ]);
            page.Paragraph(PassportOnlyKm, PassportOnlyEn);
            page.Verification(clearance.VerificationUrl, ScanKm, ScanEn);
            page.Footer(clearance.Number);
        });
}
