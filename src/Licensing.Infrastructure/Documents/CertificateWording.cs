namespace Licensing.Infrastructure.Documents;

/// <summary>The fixed wording of a licence certificate, in Khmer and English.</summary>
internal static class CertificateWording
{
    public const string TitleKm = "អាជ្ញាប័ណ្ណទីភ្នាក់ងារជ្រើសរើសឯកជន";
    public const string TitleEn = "LICENCE OF A PRIVATE RECRUITMENT AGENCY";
    public const string LegalBasisKm = "ចេញអនុលោមតាមប្រកាសលេខ ០៤៧/១៣ ស្តីពីការផ្តល់អាជ្ញាប័ណ្ណដល់ទីភ្នាក់ងារជ្រើសរើសឯកជន";
    public const string LegalBasisEn = "Issued under Prakas No. 047/13 on the licensing of private recruitment agencies";
    public const string NumberKm = "លេខអាជ្ញាប័ណ្ណ";
    public const string NumberEn = "Licence No.";
    public const string AgencyKm = "ឈ្មោះទីភ្នាក់ងារ";
    public const string AgencyEn = "Agency name";
    public const string RegistrationKm = "លេខចុះបញ្ជីពាណិជ្ជកម្ម";
    public const string RegistrationEn = "Commercial registration No.";
    public const string HeadOfficeKm = "អាសយដ្ឋានការិយាល័យកណ្តាល";
    public const string HeadOfficeEn = "Head office address";
    public const string ProvinceKm = "រាជធានី/ខេត្ត";
    public const string ProvinceEn = "Capital/Province";
    public const string IssuedKm = "កាលបរិច្ឆេទចេញ";
    public const string IssuedEn = "Date of issue";
    public const string ExpiresKm = "កាលបរិច្ឆេទផុតកំណត់";
    public const string ExpiresEn = "Date of expiry";
    public const string NotTransferableKm =
        "អាជ្ញាប័ណ្ណនេះជាកម្មសិទ្ធិរបស់នីតិបុគ្គលខាងលើតែមួយគត់ មិនអាចផ្ទេរ ផ្តល់កិច្ចសន្យាបន្ត ឬលក់ឱ្យអ្នកដទៃបានឡើយ។";
    public const string NotTransferableEn =
        "This licence belongs to the above legal entity alone. It cannot be transferred, sub-contracted or sold.";
    public const string ScanKm = "ស្កេនដើម្បីពិនិត្យថាអាជ្ញាប័ណ្ណនេះមានសុពលភាព";
    public const string ScanEn = "Scan to check that this licence is valid";
}
