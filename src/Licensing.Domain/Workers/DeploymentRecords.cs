namespace Licensing.Domain.Workers;

/// <summary>Preparing (pre-departure) → Deployed (abroad) → Returned.</summary>
public enum DeploymentStatus
{
    Preparing,
    Deployed,
    Returned,
}

/// <summary>What is known of the worker's safety abroad; changed by disappearance cases.</summary>
public enum Welfare
{
    Safe,
    Missing,
    Detained,
    InHospital,
    Deceased,
}

public enum ReturnOutcome
{
    CompletedContract,
    TerminatedEarly,
    Repatriated,
    Deceased,
}

/// <summary>
/// The physical and mental health check before departure (Prakas 046/13), each found fit or not. MentallyFit is
/// null only on checks recorded before the two were kept apart: the gate then asks for the mental health check.
/// </summary>
public sealed record MedicalCheck(DateOnly ExaminedOn, string Clinic, bool PhysicallyFit, bool? MentallyFit);

/// <summary>Pre-departure orientation training at one of the agency's PDOT centres; topics are <see cref="PdotTopics"/> codes.</summary>
public sealed record Orientation(Guid TrainingCentreId, DateOnly CompletedOn, decimal Hours, string Topics)
{
    public IReadOnlyList<string> TopicCodes => Topics.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>The job placement contract and the Prakas 253 clauses it was checked to contain (codes of <see cref="ContractClause"/>).</summary>
public sealed record PlacementContract(DateOnly SignedOn, string Clauses)
{
    public IReadOnlyList<string> ClauseCodes => Clauses.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Passport dates and the visa for the receiving country; the passport number is the worker's.</summary>
public sealed record TravelDocuments(DateOnly PassportIssuedOn, DateOnly PassportExpiresOn, string VisaNumber, DateOnly VisaIssuedOn, DateOnly VisaExpiresOn);

/// <summary>The day the worker left and the border checkpoint or airport they left through.</summary>
public sealed record Departure(DateOnly DepartedOn, string DeparturePoint);

/// <summary>How the journey ended and where the returnee went home to.</summary>
public sealed record ReturnRecord(ReturnOutcome Outcome, DateOnly ReturnedOn, string ProvinceCode);
