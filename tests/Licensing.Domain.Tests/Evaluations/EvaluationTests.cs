using Licensing.Domain.Common;
using Licensing.Domain.Evaluations;
using Licensing.Domain.Identity;

namespace Licensing.Domain.Tests.Evaluations;

public sealed class EvaluationTests
{
    private static readonly BandThresholds Thresholds = BandThresholds.Parse(BandThresholds.Default);
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);
    private static readonly Guid AgencyId = Guid.NewGuid();

    private static readonly PanelCandidate Government = new(Guid.NewGuid(), "Gov", PanelSector.Government, null);
    private static readonly PanelCandidate Private = new(Guid.NewGuid(), "Private", PanelSector.PrivateSector, Guid.NewGuid());
    private static readonly PanelCandidate Partner = new(Guid.NewGuid(), "Partner", PanelSector.DevelopmentPartner, null);

    private static Evaluation Opened() => Evaluation.Open(AgencyId, new DateOnly(2024, 11, 22), new DateOnly(2026, 11, 22), Actor.System(Now));

    private static Evaluation WithPanel()
    {
        var evaluation = Opened();
        foreach (var member in new[] { Government, Private, Partner }) evaluation.AddPanelMember(member);
        return evaluation;
    }

    private static List<CriterionScoreDraft> Card(int score) => Scoring.Criteria.Select(c => new CriterionScoreDraft(c, score, "Because.")).ToList();

    private static Actor As(PanelCandidate member) => new(member.UserId, member.Name, Now);

    [Fact]
    [Trait("Rule", "R12")]
    public void Panel_StartsScoringOnceEachSectorHasAMember()
    {
        var evaluation = Opened();
        evaluation.AddPanelMember(Government);
        evaluation.AddPanelMember(Private);
        Assert.Equal(EvaluationStatus.AwaitingPanel, evaluation.Status);
        evaluation.AddPanelMember(Partner);
        Assert.Equal(EvaluationStatus.Scoring, evaluation.Status);
    }

    [Fact]
    [Trait("Rule", "R12")]
    public void PrivateSectorMember_CannotSitOnTheirOwnAgencysPanel()
    {
        var insider = Private with { AgencyId = AgencyId };
        Assert.Equal("own_agency", Assert.Throws<DomainException>(() => Opened().AddPanelMember(insider)).Code);
    }

    [Fact]
    [Trait("Rule", "R12")]
    public void Submit_BeforeThePanelIsComplete_IsRefused()
    {
        var evaluation = Opened();
        evaluation.AddPanelMember(Government);
        Assert.Equal("panel_incomplete", Assert.Throws<DomainException>(() => evaluation.Submit(Government.UserId, Card(3), Thresholds, As(Government))).Code);
    }

    [Fact]
    [Trait("Rule", "R13")]
    [Trait("Rule", "R14")]
    public void LastSubmission_FixesTheResultAndBand()
    {
        var evaluation = WithPanel();
        evaluation.Submit(Government.UserId, Card(5), Thresholds, As(Government));
        evaluation.Submit(Private.UserId, Card(4), Thresholds, As(Private));
        Assert.Equal(EvaluationStatus.Scoring, evaluation.Status);
        Assert.Null(evaluation.CriterionMeans());

        evaluation.Submit(Partner.UserId, Card(5), Thresholds, As(Partner));
        Assert.Equal((EvaluationStatus.Scored, 4.67m, PerformanceBand.Excellent, EvaluationOutcome.Reward),
            (evaluation.Status, evaluation.OverallScore, evaluation.Band, evaluation.Suggestion));
        Assert.All(evaluation.CriterionMeans()!.Values, mean => Assert.Equal(4.67m, mean));
        Assert.Equal("already_submitted", Assert.Throws<DomainException>(() => evaluation.Submit(Partner.UserId, Card(1), Thresholds, As(Partner))).Code);
    }

    [Fact]
    [Trait("Rule", "R12")]
    public void ConflictOfInterest_ExcludesTheMember_AndReopensTheSector()
    {
        var evaluation = WithPanel();
        evaluation.DeclareConflict(Partner.UserId, "Trains this agency's staff.", Thresholds, As(Partner));

        Assert.Equal(EvaluationStatus.AwaitingPanel, evaluation.Status);
        Assert.True(evaluation.Panel.Single(m => m.UserId == Partner.UserId).Excluded);
        Assert.Equal("not_on_panel", Assert.Throws<DomainException>(() => evaluation.Submit(Partner.UserId, Card(3), Thresholds, As(Partner))).Code);
    }

    [Fact]
    public void Conflict_OfAnExtraMember_CompletesTheEvaluationWhenEveryoneElseSubmitted()
    {
        var evaluation = WithPanel();
        var second = new PanelCandidate(Guid.NewGuid(), "Gov 2", PanelSector.Government, null);
        evaluation.AddPanelMember(second);
        foreach (var member in new[] { Government, Private, Partner }) evaluation.Submit(member.UserId, Card(2), Thresholds, As(member));
        Assert.Equal(EvaluationStatus.Scoring, evaluation.Status);

        evaluation.DeclareConflict(second.UserId, "Former director of the agency.", Thresholds, As(second));
        Assert.Equal((EvaluationStatus.Scored, PerformanceBand.Poor), (evaluation.Status, evaluation.Band));
    }

    [Fact]
    [Trait("Rule", "R14")]
    public void Decide_BeforeAllScores_IsRefused_AndOtherThanSuggestedNeedsAReason()
    {
        var evaluation = WithPanel();
        Assert.Equal("not_scored", Assert.Throws<DomainException>(() => evaluation.Decide(EvaluationOutcome.Warning, null, Actor.System(Now))).Code);
        foreach (var member in new[] { Government, Private, Partner }) evaluation.Submit(member.UserId, Card(2), Thresholds, As(member));

        Assert.Equal("decision_reason_missing", Assert.Throws<DomainException>(() => evaluation.Decide(EvaluationOutcome.Penalty, " ", Actor.System(Now))).Code);
        evaluation.Decide(EvaluationOutcome.Warning, null, Actor.System(Now));
        Assert.Equal((EvaluationStatus.Decided, EvaluationOutcome.Warning), (evaluation.Status, evaluation.Outcome));
        Assert.Equal("not_scored", Assert.Throws<DomainException>(() => evaluation.Decide(EvaluationOutcome.Reward, "again", Actor.System(Now))).Code);
    }
}
