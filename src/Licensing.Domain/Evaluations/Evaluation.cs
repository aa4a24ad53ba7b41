using Licensing.Domain.Common;
using Licensing.Domain.Identity;
using static Licensing.Domain.Common.Rule;

namespace Licensing.Domain.Evaluations;

/// <summary>
/// The biennial tripartite evaluation of one agency over a period (Prakas 251). A panel with a
/// member from each sector scores the seven criteria; when every sitting member has submitted,
/// the result and band are fixed; a decision-maker then records the outcome.
/// </summary>
public sealed class Evaluation : AggregateRoot
{
    private readonly List<PanelMember> _panel = [];
    private readonly List<PanelScore> _scores = [];

    private Evaluation() { }

    private Evaluation(Guid agencyId, DateOnly periodFrom, DateOnly periodTo, Actor by)
    {
        AgencyId = agencyId;
        PeriodFrom = periodFrom;
        PeriodTo = periodTo;
        OpenedAt = by.At;
        Status = EvaluationStatus.AwaitingPanel;
    }

    public Guid AgencyId { get; private set; }
    public DateOnly PeriodFrom { get; private set; }
    public DateOnly PeriodTo { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public EvaluationStatus Status { get; private set; }

    /// <summary>The statuses of an evaluation under way, before its decision; the one-open-evaluation-per-agency index uses the same set.</summary>
    public static IReadOnlyList<EvaluationStatus> OpenStatuses { get; } =
        [EvaluationStatus.AwaitingPanel, EvaluationStatus.Scoring, EvaluationStatus.Scored];

    public static bool IsOpenStatus(EvaluationStatus status) => OpenStatuses.Contains(status);
    public decimal? OverallScore { get; private set; }
    public PerformanceBand? Band { get; private set; }
    public DateTimeOffset? ScoredAt { get; private set; }
    public EvaluationOutcome? Outcome { get; private set; }
    public string? DecisionReason { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }

    public IReadOnlyList<PanelMember> Panel => _panel;
    public IReadOnlyList<PanelScore> Scores => _scores;

    public EvaluationOutcome? Suggestion => Band is { } band ? Scoring.Suggestion(band) : null;

    public bool PanelComplete => Enum.GetValues<PanelSector>().All(sector => _panel.Any(m => m.Sitting && m.Sector == sector));

    public static Evaluation Open(Guid agencyId, DateOnly periodFrom, DateOnly periodTo, Actor by)
    {
        if (periodTo < periodFrom) throw new DomainException(ErrorCodes.PeriodInvalid, DomainErrorKind.Invalid);
        return new Evaluation(agencyId, periodFrom, periodTo, by);
    }

    public void AddPanelMember(PanelCandidate candidate)
    {
        Require(Status is EvaluationStatus.AwaitingPanel or EvaluationStatus.Scoring, ErrorCodes.PanelClosed);
        if (candidate.Sector == PanelSector.PrivateSector && candidate.AgencyId == AgencyId)
        {
            throw new DomainException(ErrorCodes.OwnAgency);
        }
        Require(_panel.All(m => m.UserId != candidate.UserId), ErrorCodes.AlreadyOnPanel);
        _panel.Add(new PanelMember(Id, candidate));
        if (PanelComplete) Status = EvaluationStatus.Scoring;
    }

    /// <summary>A member who declares a conflict is excluded; a sector left without a member must be filled again.</summary>
    public void DeclareConflict(Guid userId, string reason, BandThresholds thresholds, Actor by)
    {
        var member = SittingMember(userId);
        Require(member.SubmittedAt is null, ErrorCodes.AlreadySubmitted);
        member.DeclareConflict(reason);
        Status = PanelComplete ? EvaluationStatus.Scoring : EvaluationStatus.AwaitingPanel;
        CompleteIfAllSubmitted(thresholds, by);
    }

    public void Submit(Guid userId, IReadOnlyCollection<CriterionScoreDraft> scorecard, BandThresholds thresholds, Actor by)
    {
        var member = SittingMember(userId);
        Require(member.SubmittedAt is null, ErrorCodes.AlreadySubmitted);
        Require(Status == EvaluationStatus.Scoring, ErrorCodes.PanelIncomplete);
        if (member.Sector == PanelSector.PrivateSector && member.AgencyId == AgencyId)
        {
            throw new DomainException(ErrorCodes.OwnAgency);
        }
        Scoring.EnsureComplete(scorecard);
        _scores.AddRange(scorecard.Select(s => new PanelScore(Id, userId, s)));
        member.MarkSubmitted(by.At);
        CompleteIfAllSubmitted(thresholds, by);
    }

    /// <summary>The decision may differ from the band's suggestion only with a reason.</summary>
    public void Decide(EvaluationOutcome outcome, string? reason, Actor by)
    {
        Require(Status == EvaluationStatus.Scored, ErrorCodes.NotScored);
        if (outcome != Suggestion && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(ErrorCodes.DecisionReasonMissing, DomainErrorKind.Invalid);
        }
        Outcome = outcome;
        DecisionReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        DecidedAt = by.At;
        DecidedBy = by.Name;
        Status = EvaluationStatus.Decided;
        Raise(new EvaluationDecided(this, by.At));
    }

    /// <summary>The mean of each criterion once scored; the overall score and band stay as they were fixed then.</summary>
    public IReadOnlyDictionary<EvaluationCriterion, decimal>? CriterionMeans() =>
        Status is EvaluationStatus.Scored or EvaluationStatus.Decided ? Scoring.CriterionMeans(Scorecards()) : null;

    private IReadOnlyCollection<IReadOnlyCollection<CriterionScoreDraft>> Scorecards() =>
        _scores.GroupBy(s => s.UserId).Select(g => (IReadOnlyCollection<CriterionScoreDraft>)g.Select(s => s.AsDraft()).ToList()).ToList();

    private void CompleteIfAllSubmitted(BandThresholds thresholds, Actor by)
    {
        if (!PanelComplete || _panel.Any(m => m.Sitting && m.SubmittedAt is null)) return;
        var result = Scoring.Result(Scorecards(), thresholds);
        OverallScore = result.Overall;
        Band = result.Band;
        ScoredAt = by.At;
        Status = EvaluationStatus.Scored;
    }

    private PanelMember SittingMember(Guid userId) =>
        _panel.SingleOrDefault(m => m.UserId == userId && m.Sitting)
        ?? throw new DomainException(ErrorCodes.NotOnPanel);
}
