namespace Licensing.Application.Abstractions;

/// <summary>Draws a licence certificate (Khmer and English, with a QR code to the public verification page) as a PDF.</summary>
public interface ILicenceCertificateRenderer
{
    byte[] Render(LicenceCertificate certificate);
}

public sealed record LicenceCertificate(
    string Number,
    string AgencyNameKm,
    string AgencyNameEn,
    string RegistrationNumber,
    string HeadOfficeAddress,
    string ProvinceKm,
    string ProvinceEn,
    DateOnly IssuedOn,
    DateOnly ExpiresOn,
    string VerificationUrl);
