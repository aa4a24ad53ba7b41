namespace Licensing.Application.Texts;

/// <summary>The catalogue keys of the PDFs the ministry issues: the letterhead, and each document's labels and sentences.</summary>
public static partial class Keys
{
    public const string DocumentDate = "document.date";
    public const string DocumentFooter = "document.footer";
    public const string DocumentIssuedOn = "document.issued_on";
    public const string DocumentKingdom = "document.kingdom";
    public const string DocumentMinistry = "document.ministry";
    public const string DocumentMotto = "document.motto";

    public const string CertificateAgency = "certificate.agency";
    public const string CertificateExpiresOn = "certificate.expires_on";
    public const string CertificateFileTitle = "certificate.file_title";
    public const string CertificateHeadOffice = "certificate.head_office";
    public const string CertificateLegalBasis = "certificate.legal_basis";
    public const string CertificateNotTransferable = "certificate.not_transferable";
    public const string CertificateNumber = "certificate.number";
    public const string CertificateProvince = "certificate.province";
    public const string CertificateRegistration = "certificate.registration";
    public const string CertificateScan = "certificate.scan";
    public const string CertificateTitle = "certificate.title";

    public const string ClearanceAgency = "clearance.agency";
    public const string ClearanceCountry = "clearance.country";
    public const string ClearanceEmployer = "clearance.employer";
    public const string ClearanceFileTitle = "clearance.file_title";
    public const string ClearanceLegalBasis = "clearance.legal_basis";
    public const string ClearanceLicence = "clearance.licence";
    public const string ClearanceNumber = "clearance.number";
    public const string ClearancePassport = "clearance.passport";
    public const string ClearancePassportOnly = "clearance.passport_only";
    public const string ClearanceScan = "clearance.scan";
    public const string ClearanceSector = "clearance.sector";
    public const string ClearanceTitle = "clearance.title";
    public const string ClearanceValidUntil = "clearance.valid_until";
    public const string ClearanceWorker = "clearance.worker";
}
