using Licensing.Application.Common;

namespace Licensing.Domain.Tests.Statistics;

public sealed class PeriodSplitTests
{
    private static DateOnly Day(int month, int day) => new(2026, month, day);

    [Fact]
    public void APeriodOfWholeMonths_IsReadFromTheTotalsAlone()
    {
        var split = PeriodSplit.Of(Day(3, 1), Day(6, 1));

        Assert.Equal(new MonthRange("2026-03", "2026-06"), split.Months);
        Assert.Empty(split.Days);
    }

    [Fact]
    public void DaysBeforeTheFirstWholeMonthAndAfterTheLast_AreCountedAfresh()
    {
        var split = PeriodSplit.Of(Day(3, 15), Day(6, 11));

        Assert.Equal(new MonthRange("2026-04", "2026-06"), split.Months);
        Assert.Equal([new DayRange(Day(3, 15), Day(4, 1)), new DayRange(Day(6, 1), Day(6, 11))], split.Days);
    }

    [Theory]
    [InlineData(3, 15, 3, 20)]
    [InlineData(3, 15, 4, 1)]
    [InlineData(3, 15, 4, 30)]
    public void APeriodHoldingNoWholeMonth_IsCountedAfresh(int fromMonth, int fromDay, int untilMonth, int untilDay)
    {
        var split = PeriodSplit.Of(Day(fromMonth, fromDay), Day(untilMonth, untilDay));

        Assert.Null(split.Months);
        Assert.Equal([new DayRange(Day(fromMonth, fromDay), Day(untilMonth, untilDay))], split.Days);
    }

    [Fact]
    public void AnOpenEnd_TakesEveryMonthOnThatSide()
    {
        var always = PeriodSplit.Of(null, null);
        Assert.Equal(new MonthRange(null, null), always.Months);
        Assert.Empty(always.Days);

        var untilMidMonth = PeriodSplit.Of(null, Day(6, 11));
        Assert.Equal(new MonthRange(null, "2026-06"), untilMidMonth.Months);
        Assert.Equal([new DayRange(Day(6, 1), Day(6, 11))], untilMidMonth.Days);

        var fromMidMonth = PeriodSplit.Of(Day(3, 15), null);
        Assert.Equal(new MonthRange("2026-04", null), fromMidMonth.Months);
        Assert.Equal([new DayRange(Day(3, 15), Day(4, 1))], fromMidMonth.Days);
    }

    [Fact]
    public void TheMonthsRunAcrossTheNewYear()
    {
        var split = PeriodSplit.Of(new DateOnly(2025, 12, 2), new DateOnly(2026, 2, 1));

        Assert.Equal(new MonthRange("2026-01", "2026-02"), split.Months);
        Assert.Equal([new DayRange(new DateOnly(2025, 12, 2), new DateOnly(2026, 1, 1))], split.Days);
    }
}
