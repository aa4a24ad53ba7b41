namespace Licensing.Domain.Sanctions;

/// <summary>What led to a sanction; the source id names the evaluation, finding or complaint.</summary>
public enum SanctionSource
{
    Evaluation,
    InspectionFinding,
    Complaint,
}

public enum SanctionKind
{
    WrittenWarning,
    Fine,
    Suspension,
    Revocation,
}

/// <summary>Decided (effective date still ahead), InEffect, or Annulled by an upheld appeal.</summary>
public enum SanctionStatus
{
    Decided,
    InEffect,
    Annulled,
}

public enum AppealOutcome
{
    Upheld,
    Dismissed,
}
