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
        if (!f.JobOrderApproved)
            missing.Add(new(ErrorCodes.LegalWorkNotVerified));

        CheckHealth(f, missing);
        CheckOrientation(f, missing);
        CheckContract(f, missing);
        CheckTravelDocuments(f, missing);

        if (Worker.AgeOn(f.DateOfBirth, f.On) < f.Rules.MinimumAge)
            missing.Add(new(ErrorCodes.UnderMinimumAge, f.Rules.MinimumAge));

        if (f.Restrictions.Any(r => r.Blocks(f.CountryCode, f.SectorCode, f.On)))
            missing.Add(new(ErrorCodes.DeploymentRestricted) { MessageKey = MessageKeys.DeploymentRestrictedHere });

        if (f.AgencyLicence != LicenceStatus.Active)
            missing.Add(new(ErrorCodes.LicenceNotActive));

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

    private static void CheckHealth(PreDepartureFacts f, List<DomainErrorDetail> missing)
    {
        if (f.Medical is not { } medical)
        {
            missing.Add(new(ErrorCodes.MedicalMissing));
            return;
        }
        if (medical.ExaminedOn > f.On)
            missing.Add(new(ErrorCodes.MedicalAfterToday));
        else if (medical.ExaminedOn.AddDays(f.Rules.MedicalValidityDays) < f.On)
            missing.Add(new(ErrorCodes.MedicalOutdated, medical.ExaminedOn, f.Rules.MedicalValidityDays));
        if (!medical.PhysicallyFit)
            missing.Add(new(ErrorCodes.MedicalPhysicallyUnfit));
        if (medical.MentallyFit is null)
            missing.Add(new(ErrorCodes.MentalHealthMissing));
        else if (medical.MentallyFit == false)
            missing.Add(new(ErrorCodes.MedicalMentallyUnfit));
    }

    private static void CheckOrientation(PreDepartureFacts f, List<DomainErrorDetail> missing)
    {
        if (f.Orientation is not { } orientation)
        {
            missing.Add(new(ErrorCodes.PdotMissing));
            return;
        }
        if (orientation.CompletedOn > f.On)
            missing.Add(new(ErrorCodes.PdotAfterToday));
        if (!f.AgencyTrainingCentres.Contains(orientation.TrainingCentreId))
            missing.Add(new(ErrorCodes.PdotCentreNotAgency));
        var uncovered = PdotTopics.All.Where(t => !orientation.TopicCodes.Contains(t.Code)).ToList();
        if (uncovered.Count > 0)
            missing.Add(new(ErrorCodes.PdotTopicsMissing, LocalizedText.Join("; ", uncovered.Select(t => t.Name))));
    }

    private static void CheckContract(PreDepartureFacts f, List<DomainErrorDetail> missing)
    {
        if (f.Contract is not { } contract)
        {
            missing.Add(new(ErrorCodes.ContractMissing));
        }
        else
        {
            if (contract.SignedOn > f.On)
                missing.Add(new(ErrorCodes.ContractAfterToday));
            var absent = f.RequiredClauses.Where(c => !contract.ClauseCodes.Contains(c.Code)).ToList();
            if (absent.Count > 0)
                missing.Add(new(ErrorCodes.ContractClausesMissing, LocalizedText.Join("; ", absent.Select(c => c.Name))));
        }
        if (!f.SignedContractUploaded)
            missing.Add(new(ErrorCodes.ContractNotUploaded));
    }

    private static void CheckTravelDocuments(PreDepartureFacts f, List<DomainErrorDetail> missing)
    {
        if (f.PassportNumber is null || f.Travel is not { } travel)
        {
            missing.Add(new(ErrorCodes.TravelDocumentsMissing));
            return;
        }
        if (travel.PassportIssuedOn > f.On || travel.VisaIssuedOn > f.On)
            missing.Add(new(ErrorCodes.TravelDocumentsAfterToday));
        var months = f.Rules.PassportValidityMonths;
        if (travel.PassportExpiresOn < f.On.AddMonths(months))
            missing.Add(new(ErrorCodes.PassportValidityShort, travel.PassportExpiresOn, months));
        if (travel.VisaExpiresOn < f.On)
            missing.Add(new(ErrorCodes.VisaExpired));
        if (travel.VisaExpiresOn > travel.PassportExpiresOn)
            missing.Add(new(ErrorCodes.VisaBeyondPassport));
    }
}
