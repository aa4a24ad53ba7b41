namespace Licensing.Application.Texts;

/// <summary>
/// The catalogue keys of CSV column headers (docs/numbers-and-dates.md, "CSV files"): in English the stable column names
/// scripts read, in Khmer words; an import accepts either.
/// </summary>
public static partial class Keys
{
    public const string CsvAgencyEn = "csv.agency_en";
    public const string CsvAgencyKm = "csv.agency_km";
    public const string CsvCommune = "csv.commune";
    public const string CsvComplaints = "csv.complaints";
    public const string CsvCountry = "csv.country";
    public const string CsvCritical = "csv.critical";
    public const string CsvDateOfBirth = "csv.date_of_birth";
    public const string CsvDeployedWorkers = "csv.deployed_workers";
    public const string CsvDeployments = "csv.deployments";
    public const string CsvDimension = "csv.dimension";
    public const string CsvDistrict = "csv.district";
    public const string CsvDone = "csv.done";
    public const string CsvEmergencyContactName = "csv.emergency_contact_name";
    public const string CsvEmergencyContactPhone = "csv.emergency_contact_phone";
    public const string CsvExpiresOn = "csv.expires_on";
    public const string CsvFindings = "csv.findings";
    public const string CsvImportHint = "csv.import_hint";
    public const string CsvInspections = "csv.inspections";
    public const string CsvIssuedOn = "csv.issued_on";
    public const string CsvKey = "csv.key";
    public const string CsvLabel = "csv.label";
    public const string CsvMajor = "csv.major";
    public const string CsvMinor = "csv.minor";
    public const string CsvMonth = "csv.month";
    public const string CsvNameEn = "csv.name_en";
    public const string CsvNameKm = "csv.name_km";
    public const string CsvNameLatin = "csv.name_latin";
    public const string CsvNationalId = "csv.national_id";
    public const string CsvNumber = "csv.number";
    public const string CsvOverdue = "csv.overdue";
    public const string CsvPassportNumber = "csv.passport_number";
    public const string CsvPer100Deployed = "csv.per_100_deployed";
    public const string CsvPhone = "csv.phone";
    public const string CsvProvince = "csv.province";
    public const string CsvProvinceCode = "csv.province_code";
    public const string CsvProvinceEn = "csv.province_en";
    public const string CsvProvinceKm = "csv.province_km";
    public const string CsvRegistrationNumber = "csv.registration_number";
    public const string CsvRenewalPending = "csv.renewal_pending";
    public const string CsvRepatriations = "csv.repatriations";
    public const string CsvReturns = "csv.returns";
    public const string CsvSection = "csv.section";
    public const string CsvSector = "csv.sector";
    public const string CsvSex = "csv.sex";
    public const string CsvStatus = "csv.status";
    public const string CsvStatusEn = "csv.status_en";
    public const string CsvStatusKm = "csv.status_km";
    public const string CsvVillage = "csv.village";
}
