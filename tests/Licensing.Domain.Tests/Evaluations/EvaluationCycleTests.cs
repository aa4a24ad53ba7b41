using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Evaluations;

namespace Licensing.Domain.Tests.Evaluations;

public sealed class EvaluationCycleTests
{
    private static readonly DateOnly Licensed = new(2022, 3, 1);
    private static readonly DateOnly PreviousEnd = new(2026, 12, 4);

    [Fact]
    [Trait("Rule", "R34")]
    [Trait("Rule", "R11")]
    public void AfterAnEvaluation_TheNextIsDueOneCycleAfterItsPeriodEnd_AndNotBefore()
    {
        var cycle = EvaluationCycle.For(PreviousEnd, Licensed, 24);
        Assert.Equal(PreviousEnd, cycle.PeriodFrom);
        Assert.Equal(new DateOnly(2028, 12, 4), cycle.DueOn);
        Assert.False(cycle.MayOpenOn(PreviousEnd));
        Assert.False(cycle.MayOpenOn(new DateOnly(2028, 12, 3)));
        Assert.True(cycle.MayOpenOn(new DateOnly(2028, 12, 4)));
    }

    [Fact]
    [Trait("Rule", "R34")]
    public void ASecondEvaluationTheDayTheFirstEnded_IsRefusedSayingWhenTheNextIsDue_InBothLanguages()
    {
        var refused = Assert.Throws<DomainException>(() => EvaluationCycle.For(PreviousEnd, Licensed, 24).EnsureMayOpenOn(PreviousEnd));
        Assert.Equal("evaluation_not_due", refused.Code);
        Assert.Contains("4 December 2028", Catalogue.Words(refused, "en"));
        Assert.Contains("ថ្ងៃទី៤ ខែធ្នូ ឆ្នាំ២០២៨", Catalogue.Words(refused, "km"));
    }

    [Fact]
    [Trait("Rule", "R34")]
    public void TheCycleIsTheSetting()
    {
        Assert.Equal(new DateOnly(2027, 12, 4), EvaluationCycle.For(PreviousEnd, Licensed, 12).DueOn);
    }

    [Fact]
    [Trait("Rule", "R11")]
    public void AnAgencyNeverEvaluated_IsDueOneCycleAfterItsFirstLicence_AndMayBeEvaluatedEarlyButNeverOverAnEmptyPeriod()
    {
        var cycle = EvaluationCycle.For(null, Licensed, 24);
        Assert.Equal(new DateOnly(2024, 3, 1), cycle.DueOn);
        Assert.True(cycle.MayOpenOn(new DateOnly(2023, 1, 1)));
        Assert.False(cycle.MayOpenOn(Licensed));
    }
}
