namespace Licensing.Domain.Complaints;

/// <summary>Where a complaint stands (Prakas 249). Resolved, Referred, Dismissed and Withdrawn are outcomes; Closed ends it.</summary>
public enum ComplaintStatus
{
    Received,
    Acknowledged,
    UnderInvestigation,
    Conciliation,
    Resolved,
    Referred,
    Dismissed,
    Withdrawn,
    Closed,
}

/// <summary>What the complaint is about; each matches an abuse the sources name.</summary>
public enum ComplaintCategory
{
    ExcessiveFees,
    DocumentsKept,
    ContractProblem,
    WagesUnpaid,
    AbuseOrViolence,
    WorkingConditions,
    NoHelpAbroad,
    RepatriationRefused,
    JobDeception,
    Other,
}

/// <summary>Who files: the worker, family, or someone acting for them.</summary>
public enum FilerRole
{
    Worker,
    FamilyMember,
    Ngo,
    TradeUnion,
    ResourceCentre,
    ProvincialOffice,
    Embassy,
}

/// <summary>How the complainant wants to be reached.</summary>
public enum PreferredContact
{
    Phone,
    Sms,
    Email,
    InPerson,
}

/// <summary>Who handles the complaint: the PDLVT of the complainant's province, or MLVT central.</summary>
public enum ComplaintDesk
{
    Province,
    Ministry,
}

/// <summary>Where a complaint is sent when MLVT cannot settle it.</summary>
public enum ReferralTarget
{
    Court,
    PoliceOrNcct,
    Embassy,
}

/// <summary>One line of a complaint's record, and who may read it.</summary>
public enum ComplaintEntryKind
{
    StatusChanged,
    QuestionToComplainant,
    ComplainantInformation,
    QuestionToAgency,
    AgencyAnswer,
    OfficerNote,
}

/// <summary>How close an open complaint is to its next deadline.</summary>
public enum DeadlineRag
{
    Green,
    Amber,
    Red,
}
