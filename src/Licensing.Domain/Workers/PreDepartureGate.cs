using Licensing.Domain.Common;
using Licensing.Domain.Licences;
using Licensing.Domain.Reference;

namespace Licensing.Domain.Workers;

/// <summary>The settings the gate and the departure clearance read (DOMAIN.md §6).</summary>
public sealed record DepartureRules(int MinimumAge, int PassportValidityMonths, int MedicalValidityDays, int ClearanceValidityDays);

/// <summary>Everything the pre-departure gate looks at, for one worker on the day a clearance is asked for.</summary>
public sealed record PreDepartureFacts(
    DateOnly On,
    bool JobOrderApproved,
    MedicalCheck? Medical,
    Orientation? Orientation,
    IReadOnlyCollection<Guid> AgencyTrainingCentres,
    PlacementContract? Contract,
    bool SignedContractUploaded,
    IReadOnlyCollection<ContractClause> RequiredClauses,
    string? PassportNumber,
    TravelDocuments? Travel,
    DateOnly DateOfBirth,
    DepartureRules Rules,
    string CountryCode,
    string SectorCode,
    IReadOnlyCollection<DeploymentRestriction> Restrictions,
    LicenceStatus? AgencyLicence);

/// <summary>
/// The conditions of Prakas 046/13 and 253, Sub-Decree 190 and the settings that must all hold
/// before a worker may depart, judged on the day the clearance is asked for (R32): the records are
/// dated on or before that day and the worker could leave that very day. A pure function: it names
/// every condition that fails, so the agency learns in one go what is still missing.
/// </summary>
public static class PreDepartureGate
{
    public static IReadOnlyList<DomainErrorDetail> Missing(PreDepartureFacts f)
    {
        var missing = new List<DomainErrorDetail>();
        void Add(string code, string en, string km) => missing.Add(new DomainErrorDetail(code, new LocalizedText(km, en)));

        if (!f.JobOrderApproved)
            Add(ErrorCodes.LegalWorkNotVerified, "Legal work is not verified: a licensing officer has not approved the job order.", "ការងារស្របច្បាប់មិនទាន់បានផ្ទៀងផ្ទាត់៖ មន្ត្រីអាជ្ញាប័ណ្ណមិនទាន់អនុម័តសំណើជ្រើសរើសពលករ។");

        CheckHealth(f, Add);
        CheckOrientation(f, Add);
        CheckContract(f, Add);
        CheckTravelDocuments(f, Add);

        if (Worker.AgeOn(f.DateOfBirth, f.On) < f.Rules.MinimumAge)
            Add(ErrorCodes.UnderMinimumAge, $"The worker is under {f.Rules.MinimumAge} on the day of departure.", $"ពលករមានអាយុក្រោម {f.Rules.MinimumAge} ឆ្នាំ នៅថ្ងៃចេញដំណើរ។");

        if (f.Restrictions.Any(r => r.Blocks(f.CountryCode, f.SectorCode, f.On)))
            Add(ErrorCodes.DeploymentRestricted, "Sending workers of this sector to this country is restricted.", "ការបញ្ជូនពលករក្នុងវិស័យនេះទៅប្រទេសនេះត្រូវបានហាមឃាត់។");

        if (f.AgencyLicence != LicenceStatus.Active)
            Add(ErrorCodes.LicenceNotActive, "The agency's licence is not active (suspended, revoked, expired or missing).", "អាជ្ញាប័ណ្ណរបស់ភ្នាក់ងារមិនសកម្ម (ផ្អាក ដកហូត ផុតសុពលភាព ឬគ្មាន)។");

        return missing;
    }

    /// <summary>
    /// The last day a worker whose gate holds on <see cref="PreDepartureFacts.On"/> may still leave: the clearance's
    /// validity, cut short where the medical check, the visa or the passport's required margin would run out sooner,
    /// so that every condition holds on every day the clearance can be used.
    /// </summary>
    public static DateOnly LastDayToDepart(PreDepartureFacts f)
    {
        var last = f.On.AddDays(f.Rules.ClearanceValidityDays - 1);
        if (f.Medical is { } medical && medical.ExaminedOn.AddDays(f.Rules.MedicalValidityDays) < last) last = medical.ExaminedOn.AddDays(f.Rules.MedicalValidityDays);
        if (f.Travel is { } travel)
        {
            if (travel.VisaExpiresOn < last) last = travel.VisaExpiresOn;
            if (travel.PassportExpiresOn.AddMonths(-f.Rules.PassportValidityMonths) < last) last = travel.PassportExpiresOn.AddMonths(-f.Rules.PassportValidityMonths);
        }
        return last;
    }

    private static void CheckHealth(PreDepartureFacts f, Action<string, string, string> add)
    {
        if (f.Medical is not { } medical)
        {
            add(ErrorCodes.MedicalMissing, "No physical and mental health check is recorded.", "មិនទាន់មានកំណត់ត្រាពិនិត្យសុខភាពរាងកាយ និងសុខភាពផ្លូវចិត្ត។");
            return;
        }
        if (medical.ExaminedOn > f.On)
            add(ErrorCodes.MedicalAfterToday, "The health check is dated after today: record it once it has taken place.", "ការពិនិត្យសុខភាពមានកាលបរិច្ឆេទក្រោយថ្ងៃនេះ៖ សូមកត់ត្រាវាបន្ទាប់ពីបានពិនិត្យរួច។");
        else if (medical.ExaminedOn.AddDays(f.Rules.MedicalValidityDays) < f.On)
            add(ErrorCodes.MedicalOutdated, $"The health check of {medical.ExaminedOn:yyyy-MM-dd} is more than {f.Rules.MedicalValidityDays} days old: a new check is needed.",
                $"ការពិនិត្យសុខភាពថ្ងៃទី {medical.ExaminedOn:yyyy-MM-dd} មានអាយុលើសពី {f.Rules.MedicalValidityDays} ថ្ងៃ៖ ត្រូវពិនិត្យសុខភាពម្តងទៀត។");
        if (!medical.PhysicallyFit)
            add(ErrorCodes.MedicalPhysicallyUnfit, "The health check found the worker physically unfit.", "ការពិនិត្យសុខភាពបានរកឃើញថា ពលករមិនមានសម្បទាសុខភាពរាងកាយគ្រប់គ្រាន់។");
        if (medical.MentallyFit is null)
            add(ErrorCodes.MentalHealthMissing, "The worker's mental health check is not recorded.", "មិនទាន់មានកំណត់ត្រាពិនិត្យសុខភាពផ្លូវចិត្តរបស់ពលករ។");
        else if (medical.MentallyFit == false)
            add(ErrorCodes.MedicalMentallyUnfit, "The health check found the worker mentally unfit.", "ការពិនិត្យសុខភាពបានរកឃើញថា ពលករមិនមានសម្បទាសុខភាពផ្លូវចិត្តគ្រប់គ្រាន់។");
    }

    private static void CheckOrientation(PreDepartureFacts f, Action<string, string, string> add)
    {
        if (f.Orientation is not { } orientation)
        {
            add(ErrorCodes.PdotMissing, "Pre-departure orientation training is not recorded.", "មិនទាន់មានកំណត់ត្រាវគ្គបណ្តុះបណ្តាលតម្រង់ទិសមុនចេញដំណើរ។");
            return;
        }
        if (orientation.CompletedOn > f.On)
            add(ErrorCodes.PdotAfterToday, "The orientation training is dated after today: record it once it is completed.", "វគ្គបណ្តុះបណ្តាលតម្រង់ទិសមានកាលបរិច្ឆេទក្រោយថ្ងៃនេះ៖ សូមកត់ត្រាវាបន្ទាប់ពីបញ្ចប់។");
        if (!f.AgencyTrainingCentres.Contains(orientation.TrainingCentreId))
            add(ErrorCodes.PdotCentreNotAgency, "The orientation training was not given at one of the agency's training centres.", "វគ្គបណ្តុះបណ្តាលតម្រង់ទិសមិនបានធ្វើនៅមជ្ឈមណ្ឌលបណ្តុះបណ្តាលរបស់ភ្នាក់ងារ។");
        var uncovered = PdotTopics.All.Where(t => !orientation.TopicCodes.Contains(t.Code)).ToList();
        if (uncovered.Count > 0)
            add(ErrorCodes.PdotTopicsMissing,
                "The orientation training did not cover: " + string.Join("; ", uncovered.Select(t => t.Name.En)) + ".",
                "វគ្គបណ្តុះបណ្តាលតម្រង់ទិសមិនទាន់គ្របដណ្តប់៖ " + string.Join("; ", uncovered.Select(t => t.Name.Km)) + "។");
    }

    private static void CheckContract(PreDepartureFacts f, Action<string, string, string> add)
    {
        if (f.Contract is not { } contract)
        {
            add(ErrorCodes.ContractMissing, "No placement contract is recorded.", "មិនទាន់មានកំណត់ត្រាកិច្ចសន្យាការងារ។");
        }
        else
        {
            if (contract.SignedOn > f.On)
                add(ErrorCodes.ContractAfterToday, "The placement contract is dated after today: record it once it is signed.", "កិច្ចសន្យាការងារមានកាលបរិច្ឆេទក្រោយថ្ងៃនេះ៖ សូមកត់ត្រាវាបន្ទាប់ពីចុះហត្ថលេខា។");
            var absent = f.RequiredClauses.Where(c => !contract.ClauseCodes.Contains(c.Code)).ToList();
            if (absent.Count > 0)
                add(ErrorCodes.ContractClausesMissing,
                    "The contract does not meet the Prakas 253 minimum standards; not ticked: " + string.Join("; ", absent.Select(c => c.Name.En)) + ".",
                    "កិច្ចសន្យាមិនបំពេញតាមស្តង់ដារអប្បបរមានៃប្រកាសលេខ 253៖ មិនទាន់គូសធីក៖ " + string.Join("; ", absent.Select(c => c.Name.Km)) + "។");
        }
        if (!f.SignedContractUploaded)
            add(ErrorCodes.ContractNotUploaded, "The signed contract is not uploaded.", "មិនទាន់បានផ្ទុកកិច្ចសន្យាដែលបានចុះហត្ថលេខាឡើង។");
    }

    private static void CheckTravelDocuments(PreDepartureFacts f, Action<string, string, string> add)
    {
        if (f.PassportNumber is null || f.Travel is not { } travel)
        {
            add(ErrorCodes.TravelDocumentsMissing, "Passport and visa numbers and dates are not recorded.", "មិនទាន់មានកំណត់ត្រាលេខ និងកាលបរិច្ឆេទលិខិតឆ្លងដែន និងទិដ្ឋាការ។");
            return;
        }
        if (travel.PassportIssuedOn > f.On || travel.VisaIssuedOn > f.On)
            add(ErrorCodes.TravelDocumentsAfterToday, "The passport or visa is dated as issued after today.", "លិខិតឆ្លងដែន ឬទិដ្ឋាការមានកាលបរិច្ឆេទចេញក្រោយថ្ងៃនេះ។");
        var months = f.Rules.PassportValidityMonths;
        if (travel.PassportExpiresOn < f.On.AddMonths(months))
            add(ErrorCodes.PassportValidityShort,
                $"The passport expires on {travel.PassportExpiresOn:yyyy-MM-dd}: it must be valid at least {months} months after departure.",
                $"លិខិតឆ្លងដែនផុតកំណត់នៅថ្ងៃទី {travel.PassportExpiresOn:yyyy-MM-dd}៖ វាត្រូវមានសុពលភាពយ៉ាងហោចណាស់ {months} ខែ ក្រោយថ្ងៃចេញដំណើរ។");
        if (travel.VisaExpiresOn < f.On)
            add(ErrorCodes.VisaExpired, "The visa is not valid on the day of departure.", "ទិដ្ឋាការគ្មានសុពលភាពនៅថ្ងៃចេញដំណើរ។");
        if (travel.VisaExpiresOn > travel.PassportExpiresOn)
            add(ErrorCodes.VisaBeyondPassport, "The visa is valid after the passport expires: record the visa issued in a valid passport.",
                "ទិដ្ឋាការមានសុពលភាពក្រោយលិខិតឆ្លងដែនផុតកំណត់៖ សូមកត់ត្រាទិដ្ឋាការដែលចេញក្នុងលិខិតឆ្លងដែនដែលមានសុពលភាព។");
    }
}
