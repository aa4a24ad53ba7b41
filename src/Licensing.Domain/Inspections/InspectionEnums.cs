namespace Licensing.Domain.Inspections;

public enum InspectionKind
{
    Ordinary,
    Special,
    FollowUp,
}

public enum InspectionStatus
{
    Planned,
    Scheduled,
    InProgress,
    Completed,
    CorrectiveActionsRequired,
    Closed,
    Cancelled,
}

public enum SiteKind
{
    HeadOffice,
    Branch,
    TrainingCentre,
}

public enum ChecklistAnswer
{
    Compliant,
    NonCompliant,
    NotApplicable,
}

public enum FindingSeverity
{
    Minor,
    Major,
    Critical,
}

public enum FindingStatus
{
    Open,
    EvidenceSubmitted,
    Verified,
}
