using System.Globalization;
using Licensing.Domain.Common;

namespace Licensing.Domain.Evaluations;

/// <summary>One member's score for one criterion.</summary>
public sealed record CriterionScoreDraft(EvaluationCriterion Criterion, int Score, string Justification);

/// <summary>The panel's result: the mean of each criterion, the overall mean and its band.</summary>
public sealed record EvaluationResult(IReadOnlyDictionary<EvaluationCriterion, decimal> CriterionMeans, decimal Overall, PerformanceBand Band);

/// <summary>
/// The lowest overall mean of each band, from the setting "4.5,3.5,2.5,1.5" (Excellent, Good,
/// Satisfactory, Poor); below the last is Failing.
/// </summary>
public sealed record BandThresholds(decimal Excellent, decimal Good, decimal Satisfactory, decimal Poor)
{
    public const string Default = "4.5,3.5,2.5,1.5";

    public static bool IsValid(string value) => TryParse(value, out _);

    public static BandThresholds Parse(string value) =>
        TryParse(value, out var thresholds) ? thresholds : throw new FormatException($"'{value}' is not four descending band thresholds.");

    private static bool TryParse(string value, out BandThresholds thresholds)
    {
        thresholds = null!;
        var parts = value.Split(',');
        var numbers = new decimal[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!decimal.TryParse(parts[i].Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out numbers[i])) return false;
        }
        if (numbers.Length != 4 || numbers[0] > 5 || numbers[3] < 1 || numbers.Zip(numbers.Skip(1)).Any(p => p.First <= p.Second)) return false;
        thresholds = new BandThresholds(numbers[0], numbers[1], numbers[2], numbers[3]);
        return true;
    }

    public PerformanceBand BandOf(decimal mean) =>
        mean >= Excellent ? PerformanceBand.Excellent
        : mean >= Good ? PerformanceBand.Good
        : mean >= Satisfactory ? PerformanceBand.Satisfactory
        : mean >= Poor ? PerformanceBand.Poor
        : PerformanceBand.Failing;
}

/// <summary>The pure rules of scoring: what a complete scorecard is, the means, the band and what it suggests.</summary>
public static class Scoring
{
    public const int Lowest = 1;
    public const int Highest = 5;

    public static IReadOnlyList<EvaluationCriterion> Criteria { get; } = Enum.GetValues<EvaluationCriterion>();

    /// <summary>Every criterion exactly once, each scored 1–5 with a justification.</summary>
    public static void EnsureComplete(IReadOnlyCollection<CriterionScoreDraft> scorecard)
    {
        if (scorecard.Count != Criteria.Count || Criteria.Any(c => scorecard.Count(s => s.Criterion == c) != 1))
        {
            throw new DomainException(ErrorCodes.ScorecardIncomplete, DomainErrorKind.Invalid);
        }
        if (scorecard.Any(s => s.Score is < Lowest or > Highest))
        {
            throw new DomainException(ErrorCodes.ScoreOutOfRange, DomainErrorKind.Invalid);
        }
        if (scorecard.Any(s => string.IsNullOrWhiteSpace(s.Justification)))
        {
            throw new DomainException(ErrorCodes.JustificationMissing, DomainErrorKind.Invalid);
        }
    }

    /// <summary>The mean of each criterion over the members' scorecards and the overall mean of those, each rounded to two places.</summary>
    public static EvaluationResult Result(IReadOnlyCollection<IReadOnlyCollection<CriterionScoreDraft>> scorecards, BandThresholds thresholds)
    {
        var overall = Math.Round(Criteria.Average(c => RawMean(scorecards, c)), 2);
        return new EvaluationResult(CriterionMeans(scorecards), overall, thresholds.BandOf(overall));
    }

    public static IReadOnlyDictionary<EvaluationCriterion, decimal> CriterionMeans(IReadOnlyCollection<IReadOnlyCollection<CriterionScoreDraft>> scorecards)
    {
        if (scorecards.Count == 0) throw new DomainException(ErrorCodes.NoScores);
        return Criteria.ToDictionary(c => c, c => Math.Round(RawMean(scorecards, c), 2));
    }

    private static decimal RawMean(IReadOnlyCollection<IReadOnlyCollection<CriterionScoreDraft>> scorecards, EvaluationCriterion criterion) =>
        (decimal)scorecards.Average(card => card.Single(s => s.Criterion == criterion).Score);

    public static EvaluationOutcome Suggestion(PerformanceBand band) => band switch
    {
        PerformanceBand.Excellent => EvaluationOutcome.Reward,
        PerformanceBand.Good or PerformanceBand.Satisfactory => EvaluationOutcome.NoAction,
        PerformanceBand.Poor => EvaluationOutcome.Warning,
        _ => EvaluationOutcome.Penalty,
    };
}
