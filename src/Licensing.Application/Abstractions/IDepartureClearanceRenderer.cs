namespace Licensing.Application.Abstractions;

/// <summary>Draws a departure clearance (Khmer and English, with a QR code to its public verification page) as a PDF.</summary>
public interface IDepartureClearanceRenderer
{
    byte[] Render(DepartureClearanceDocument clearance);
}

public sealed record DepartureClearanceDocument(
    string Number,
    string WorkerNameKm,
    string WorkerNameLatin,
    string PassportNumber,
    string AgencyNameKm,
    string AgencyNameEn,
    string LicenceNumber,
    string CountryKm,
    string CountryEn,
    string SectorKm,
    string SectorEn,
    string EmployerName,
    DateOnly IssuedOn,
    DateOnly ValidUntil,
    string VerificationUrl);
