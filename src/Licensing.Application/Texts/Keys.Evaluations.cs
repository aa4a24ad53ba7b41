namespace Licensing.Application.Texts;

/// <summary>The catalogue keys of the evaluations use cases: field names and their messages.</summary>
public static partial class Keys
{
    public const string AWarningOutcomeIsAWritten = "evaluations.a_warning_outcome_is_a_written";
    public const string Criterion = "label.criterion";
    public const string Justification = "label.justification";
    public const string LegalBasis = "label.legal_basis";
    public const string Outcome = "label.outcome";
    public const string PanelMember = "label.panel_member";
    public const string Reason = "label.reason";
    public const string Rewards = "label.rewards";
    public const string Sanction = "label.sanction";
    public const string Score = "label.score";
    public const string ScoreEachOfTheSevenCriteria = "evaluations.score_each_of_the_seven_criteria";
}
