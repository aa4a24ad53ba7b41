using Licensing.Domain.Common;
using Licensing.Domain.Licences;
using Licensing.Domain.Reference;

namespace Licensing.Domain.Workers;

/// <summary>Everything the pre-departure gate looks at, for one worker on one planned departure date.</summary>
public sealed record PreDepartureFacts(
    DateOnly DepartingOn,
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
    int MinimumAge,
    string CountryCode,
    string SectorCode,
    IReadOnlyCollection<DeploymentRestriction> Restrictions,
    LicenceStatus? AgencyLicence);

/// <summary>
/// The conditions of Prakas 046/13 and 253, Sub-Decree 190 and the settings that must all hold
/// before a worker may depart. A pure function: it names every condition that fails, so the
/// agency learns in one go what is still missing.
/// </summary>
public static class PreDepartureGate
{
    public static IReadOnlyList<DomainErrorDetail> Missing(PreDepartureFacts f)
    {
        var missing = new List<DomainErrorDetail>();
        void Add(string code, string en, string km) => missing.Add(new DomainErrorDetail(code, new LocalizedText(km, en)));

        if (!f.JobOrderApproved)
            Add("legal_work_not_verified", "Legal work is not verified: a licensing officer has not approved the job order.", "ការងារស្របច្បាប់មិនទាន់បានផ្ទៀងផ្ទាត់៖ មន្ត្រីអាជ្ញាប័ណ្ណមិនទាន់អនុម័តសំណើជ្រើសរើសពលករ។");

        if (f.Medical is null)
            Add("medical_missing", "No medical fitness check is recorded.", "មិនទាន់មានកំណត់ត្រាពិនិត្យសុខភាព។");
        else if (!f.Medical.Fit)
            Add("medical_unfit", "The medical check found the worker unfit.", "ការពិនិត្យសុខភាពបានរកឃើញថា ពលករមិនមានសម្បទាគ្រប់គ្រាន់។");

        CheckOrientation(f, Add);
        CheckContract(f, Add);
        CheckTravelDocuments(f, Add);

        if (Worker.AgeOn(f.DateOfBirth, f.DepartingOn) < f.MinimumAge)
            Add("under_minimum_age", $"The worker is under {f.MinimumAge} on the day of departure.", $"ពលករមានអាយុក្រោម {f.MinimumAge} ឆ្នាំ នៅថ្ងៃចេញដំណើរ។");

        if (f.Restrictions.Any(r => r.Blocks(f.CountryCode, f.SectorCode, f.DepartingOn)))
            Add("deployment_restricted", "Sending workers of this sector to this country is restricted.", "ការបញ្ជូនពលករក្នុងវិស័យនេះទៅប្រទេសនេះត្រូវបានហាមឃាត់។");

        if (f.AgencyLicence != LicenceStatus.Active)
            Add("licence_not_active", "The agency's licence is not active (suspended, revoked, expired or missing).", "អាជ្ញាប័ណ្ណរបស់ភ្នាក់ងារមិនសកម្ម (ផ្អាក ដកហូត ផុតសុពលភាព ឬគ្មាន)។");

        return missing;
    }

    private static void CheckOrientation(PreDepartureFacts f, Action<string, string, string> add)
    {
        if (f.Orientation is not { } orientation)
        {
            add("pdot_missing", "Pre-departure orientation training is not recorded.", "មិនទាន់មានកំណត់ត្រាវគ្គបណ្តុះបណ្តាលតម្រង់ទិសមុនចេញដំណើរ។");
            return;
        }
        if (!f.AgencyTrainingCentres.Contains(orientation.TrainingCentreId))
            add("pdot_centre_not_agency", "The orientation training was not given at one of the agency's training centres.", "វគ្គបណ្តុះបណ្តាលតម្រង់ទិសមិនបានធ្វើនៅមជ្ឈមណ្ឌលបណ្តុះបណ្តាលរបស់ភ្នាក់ងារ។");
        var uncovered = PdotTopics.All.Where(t => !orientation.TopicCodes.Contains(t.Code)).ToList();
        if (uncovered.Count > 0)
            add("pdot_topics_missing",
                "The orientation training did not cover: " + string.Join("; ", uncovered.Select(t => t.Name.En)) + ".",
                "វគ្គបណ្តុះបណ្តាលតម្រង់ទិសមិនទាន់គ្របដណ្តប់៖ " + string.Join("; ", uncovered.Select(t => t.Name.Km)) + "។");
    }

    private static void CheckContract(PreDepartureFacts f, Action<string, string, string> add)
    {
        if (f.Contract is not { } contract)
        {
            add("contract_missing", "No placement contract is recorded.", "មិនទាន់មានកំណត់ត្រាកិច្ចសន្យាការងារ។");
        }
        else
        {
            var absent = f.RequiredClauses.Where(c => !contract.ClauseCodes.Contains(c.Code)).ToList();
            if (absent.Count > 0)
                add("contract_clauses_missing",
                    "The contract does not meet the Prakas 253 minimum standards; not ticked: " + string.Join("; ", absent.Select(c => c.Name.En)) + ".",
                    "កិច្ចសន្យាមិនបំពេញតាមស្តង់ដារអប្បបរមានៃប្រកាសលេខ 253៖ មិនទាន់គូសធីក៖ " + string.Join("; ", absent.Select(c => c.Name.Km)) + "។");
        }
        if (!f.SignedContractUploaded)
            add("contract_not_uploaded", "The signed contract is not uploaded.", "មិនទាន់បានផ្ទុកកិច្ចសន្យាដែលបានចុះហត្ថលេខាឡើង។");
    }

    private static void CheckTravelDocuments(PreDepartureFacts f, Action<string, string, string> add)
    {
        if (f.PassportNumber is null || f.Travel is not { } travel)
        {
            add("travel_documents_missing", "Passport and visa numbers and dates are not recorded.", "មិនទាន់មានកំណត់ត្រាលេខ និងកាលបរិច្ឆេទលិខិតឆ្លងដែន និងទិដ្ឋាការ។");
            return;
        }
        if (travel.PassportExpiresOn <= f.DepartingOn)
            add("passport_expired", "The passport is not valid on the day of departure.", "លិខិតឆ្លងដែនគ្មានសុពលភាពនៅថ្ងៃចេញដំណើរ។");
        if (travel.VisaExpiresOn < f.DepartingOn)
            add("visa_expired", "The visa is not valid on the day of departure.", "ទិដ្ឋាការគ្មានសុពលភាពនៅថ្ងៃចេញដំណើរ។");
    }
}
