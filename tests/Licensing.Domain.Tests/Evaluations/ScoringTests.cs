using Licensing.Domain.Common;
using Licensing.Domain.Evaluations;

namespace Licensing.Domain.Tests.Evaluations;

public sealed class ScoringTests
{
    private static readonly BandThresholds Thresholds = BandThresholds.Parse(BandThresholds.Default);

    private static List<CriterionScoreDraft> Card(params int[] scores) =>
        Scoring.Criteria.Zip(scores, (c, s) => new CriterionScoreDraft(c, s, "Seen in the records.")).ToList();

    [Fact]
    [Trait("Rule", "R13")]
    public void Result_IsTheMeanOfEachCriterion_AndTheirOverallMean()
    {
        var result = Scoring.Result([Card(5, 4, 3, 2, 1, 5, 4), Card(3, 4, 3, 2, 1, 1, 4), Card(4, 4, 3, 3, 2, 3, 5)], Thresholds);

        Assert.Equal(4m, result.CriterionMeans[EvaluationCriterion.Recruitment]);
        Assert.Equal(2.33m, result.CriterionMeans[EvaluationCriterion.JobPlacement]);
        Assert.Equal(1.33m, result.CriterionMeans[EvaluationCriterion.ContractManagement]);
        Assert.Equal(4.33m, result.CriterionMeans[EvaluationCriterion.Repatriation]);
        Assert.Equal(3.14m, result.Overall);
        Assert.Equal(PerformanceBand.Satisfactory, result.Band);
    }

    [Theory]
    [InlineData("5", PerformanceBand.Excellent)]
    [InlineData("4.5", PerformanceBand.Excellent)]
    [InlineData("4.49", PerformanceBand.Good)]
    [InlineData("3.5", PerformanceBand.Good)]
    [InlineData("2.5", PerformanceBand.Satisfactory)]
    [InlineData("1.5", PerformanceBand.Poor)]
    [InlineData("1.49", PerformanceBand.Failing)]
    [InlineData("1", PerformanceBand.Failing)]
    public void BandOf_UsesTheLowerBoundOfEachBand(string mean, PerformanceBand band) =>
        Assert.Equal(band, Thresholds.BandOf(decimal.Parse(mean, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(PerformanceBand.Excellent, EvaluationOutcome.Reward)]
    [InlineData(PerformanceBand.Good, EvaluationOutcome.NoAction)]
    [InlineData(PerformanceBand.Satisfactory, EvaluationOutcome.NoAction)]
    [InlineData(PerformanceBand.Poor, EvaluationOutcome.Warning)]
    [InlineData(PerformanceBand.Failing, EvaluationOutcome.Penalty)]
    [Trait("Rule", "R14")]
    public void Suggestion_FollowsTheBand(PerformanceBand band, EvaluationOutcome outcome) => Assert.Equal(outcome, Scoring.Suggestion(band));

    [Theory]
    [InlineData("4.5,3.5,2.5,1.5", true)]
    [InlineData("4,3,2,1", true)]
    [InlineData("4.5,3.5,2.5", false)]
    [InlineData("3.5,4.5,2.5,1.5", false)]
    [InlineData("6,3.5,2.5,1.5", false)]
    [InlineData("4.5,3.5,2.5,0.5", false)]
    [InlineData("high,3.5,2.5,1.5", false)]
    public void Thresholds_MustBeFourDescendingScoresWithinTheScale(string value, bool valid) => Assert.Equal(valid, BandThresholds.IsValid(value));

    [Fact]
    [Trait("Rule", "R13")]
    public void EnsureComplete_RefusesAMissingCriterion_AScoreOutOfRange_AndAnEmptyJustification()
    {
        Assert.Equal("scorecard_incomplete", Assert.Throws<DomainException>(() => Scoring.EnsureComplete(Card(3, 3, 3, 3, 3, 3))).Code);
        Assert.Equal("score_out_of_range", Assert.Throws<DomainException>(() => Scoring.EnsureComplete(Card(3, 3, 3, 6, 3, 3, 3))).Code);
        var unjustified = Card(3, 3, 3, 3, 3, 3, 3);
        unjustified[2] = unjustified[2] with { Justification = " " };
        Assert.Equal("justification_missing", Assert.Throws<DomainException>(() => Scoring.EnsureComplete(unjustified)).Code);
    }
}
