using Licensing.Domain.Common;

namespace Licensing.Domain.Disappearances;

/// <summary>Who opened the case.</summary>
public enum ReportSource
{
    Agency,
    Embassy,
    Ministry,
    Interior,
    Family,
}

public enum CaseStatus
{
    Open,
    Closed,
}

/// <summary>How a case ends (Sub-Decree 190 Art. 31/32 follow-up).</summary>
public enum CaseResolution
{
    LocatedSafe,
    ReturnedHome,
    Detained,
    InHospital,
    Deceased,

    /// <summary>Still missing after the referral period: referred to the Ministry of Interior and NCCT.</summary>
    StillMissingReferred,

    /// <summary>A family report an officer found to be unfounded (the worker was never missing).</summary>
    Unfounded,
}

/// <summary>The agency's answer to a case somebody else opened.</summary>
public enum AgencyPosition
{
    Pending,
    Confirmed,
    Disputed,
}

/// <summary>The bodies that must be told of every disappearance.</summary>
public enum RecipientKind
{
    /// <summary>The Cambodian embassy or mission in the worker's receiving country.</summary>
    Embassy,

    /// <summary>The Ministry of Interior.</summary>
    Interior,

    /// <summary>The Ministry of Labour and Vocational Training.</summary>
    Ministry,
}

/// <summary>Who wrote an update on a case.</summary>
public enum CaseParty
{
    Agency,
    Embassy,
    Interior,
    Ministry,

    /// <summary>The family that reported the case, through its tracking page.</summary>
    Family,
}

public enum UpdateKind
{
    Note,
    AgencyConfirmed,
    AgencyDisputed,
}

/// <summary>What the facts of a report are: where and when the worker was last known to be, and who else knows.</summary>
public sealed record DisappearanceFacts(
    string LastKnownLocation,
    double? Latitude,
    double? Longitude,
    DateTimeOffset LastContactAt,
    DateTimeOffset? AgencyLearnedAt,
    string Circumstances,
    string? OthersInformed);

/// <summary>A family member who reported through the public form.</summary>
public sealed record FamilyReporter(string Name, string Phone, string Relationship, string Language = Languages.Khmer);

/// <summary>
/// A family's description of a migrant no agency registered (an irregular migrant): as much as the family knows.
/// The country is the case's; the last known place is in its facts.
/// </summary>
public sealed record MissingPerson(string Name, DateOnly? DateOfBirth, string? DocumentNumber, string? Phone, string? AgencyName);
