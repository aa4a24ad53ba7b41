namespace Licensing.Domain.Applications;

public enum ApplicationKind
{
    New,
    Renewal,
}

public enum ApplicationStatus
{
    Draft,
    Submitted,
    UnderReview,
    InformationRequested,
    Approved,
    Rejected,
    Withdrawn,
}
