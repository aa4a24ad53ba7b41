namespace Licensing.Domain.Evaluations;

/// <summary>The seven criteria of Prakas 251 on which every agency is evaluated.</summary>
public enum EvaluationCriterion
{
    Recruitment,
    PreDepartureOrientation,
    Sending,
    JobPlacement,
    ContractManagement,
    ProblemSolving,
    Repatriation,
}

/// <summary>AwaitingPanel until each sector has a member, then Scoring; Scored when every member submitted; Decided.</summary>
public enum EvaluationStatus
{
    AwaitingPanel,
    Scoring,
    Scored,
    Decided,
}

public enum PerformanceBand
{
    Excellent,
    Good,
    Satisfactory,
    Poor,
    Failing,
}

/// <summary>What a band suggests, and what the decision-maker decides.</summary>
public enum EvaluationOutcome
{
    Reward,
    NoAction,
    Warning,
    Penalty,
}

public enum RewardKind
{
    CertificateOfMerit,
    RecognisedAgency,
    PriorityProcessing,
}
