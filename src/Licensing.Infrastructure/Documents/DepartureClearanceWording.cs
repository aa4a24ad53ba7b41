namespace Licensing.Infrastructure.Documents;

/// <summary>The fixed wording of a departure clearance, in Khmer and English.</summary>
internal static class DepartureClearanceWording
{
    public const string TitleKm = "លិខិតអនុញ្ញាតចេញដំណើរ";
    public const string TitleEn = "Departure clearance";
    public const string LegalBasisKm =
        "ចេញអនុលោមតាមប្រកាសលេខ ០៤៦/១៣ ស្តីពីដំណើរការជ្រើសរើស និងការបណ្តុះបណ្តាលតម្រង់ទិសមុនចេញដំណើរ";
    public const string LegalBasisEn = "Issued under Prakas No. 046/13 on the recruitment process and pre-departure orientation training";
    public const string NumberKm = "លេខលិខិតអនុញ្ញាត";
    public const string NumberEn = "Clearance No.";
    public const string WorkerKm = "ឈ្មោះពលករ";
    public const string WorkerEn = "Worker";
    public const string PassportKm = "លេខលិខិតឆ្លងដែន";
    public const string PassportEn = "Passport No.";
    public const string AgencyKm = "ទីភ្នាក់ងារជ្រើសរើស";
    public const string AgencyEn = "Recruitment agency";
    public const string LicenceKm = "លេខអាជ្ញាប័ណ្ណទីភ្នាក់ងារ";
    public const string LicenceEn = "Agency licence No.";
    public const string CountryKm = "ប្រទេសគោលដៅ";
    public const string CountryEn = "Destination country";
    public const string SectorKm = "វិស័យការងារ";
    public const string SectorEn = "Sector";
    public const string EmployerKm = "និយោជក";
    public const string EmployerEn = "Employer";
    public const string IssuedKm = "កាលបរិច្ឆេទចេញ";
    public const string IssuedEn = "Date of issue";
    public const string ValidUntilKm = "មានសុពលភាពរហូតដល់";
    public const string ValidUntilEn = "Valid until";
    public const string PassportOnlyKm = "លិខិតអនុញ្ញាតនេះមានសុពលភាពតែនៅពេលបង្ហាញជាមួយលិខិតឆ្លងដែនខាងលើប៉ុណ្ណោះ។";
    public const string PassportOnlyEn = "This clearance is valid only when shown together with the passport named above.";
    public const string ScanKm = "ស្កេនដើម្បីពិនិត្យថាលិខិតអនុញ្ញាតនេះមានសុពលភាព";
    public const string ScanEn = "Scan to check that this clearance is valid";
}
