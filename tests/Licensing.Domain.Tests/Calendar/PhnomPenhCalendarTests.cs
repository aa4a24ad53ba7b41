using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Calendar;
using Licensing.Domain.Common;

namespace Licensing.Domain.Tests.Calendar;

/// <summary>R35: business dates are Phnom Penh dates (UTC+7); working days skip weekends and public holidays.</summary>
[Trait("Rule", "R35")]
public sealed class PhnomPenhCalendarTests
{
    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0, int year = 2026) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, 0, 9)]
    [InlineData(16, 59, 9)]
    [InlineData(17, 0, 10)]
    [InlineData(17, 1, 10)]
    [InlineData(18, 30, 10)]
    [InlineData(23, 59, 10)]
    public void TheDate_TurnsAt1700Utc(int hour, int minute, int day) =>
        Assert.Equal(new DateOnly(2026, 3, day), PhnomPenh.DateOf(Utc(3, 9, hour, minute)));

    [Fact]
    public void TodayOfTheCalendar_IsThePhnomPenhDate_NotTheUtcDate()
    {
        var calendar = new BusinessCalendar(new StoppedClock(Utc(3, 9, 18, 30)));

        Assert.Equal(new DateOnly(2026, 3, 10), calendar.Today);
        Assert.Equal(Utc(3, 9, 18, 30), calendar.Now);
        Assert.Equal(new DateOnly(2026, 1, 1), calendar.DateOf(Utc(12, 31, 17, 0, 2025)));
        Assert.Equal(new DateOnly(2025, 12, 31), calendar.DateOf(Utc(12, 31, 16, 59, 2025)));
    }

    [Fact]
    public void ADayStarts_At1700UtcTheDayBefore()
    {
        Assert.Equal(Utc(3, 9, 17), PhnomPenh.StartOf(new DateOnly(2026, 3, 10)));
        Assert.Equal(TimeSpan.Zero, PhnomPenh.StartOf(new DateOnly(2026, 3, 10)).Offset);
        Assert.Equal("07:00:00", PhnomPenh.LocalTime(Utc(3, 10, 0)).TimeOfDay.ToString());
    }

    [Fact]
    public void TheZone_IsUtcPlusSevenAllYear()
    {
        Assert.Equal(PhnomPenh.Offset, PhnomPenh.Zone.GetUtcOffset(Utc(1, 15, 12)));
        Assert.Equal(PhnomPenh.Offset, PhnomPenh.Zone.GetUtcOffset(Utc(7, 15, 12)));
        Assert.Equal(TimeSpan.FromHours(7), PhnomPenh.Offset);
    }

    [Fact]
    public void AnInstantsMonth_IsItsPhnomPenhMonth()
    {
        Assert.Equal("2026-02", CalendarMonth.Of(Utc(1, 31, 20)));
        Assert.Equal("2026-01", CalendarMonth.Of(Utc(1, 31, 16, 59)));
        Assert.Equal("2027-01", CalendarMonth.Of(Utc(12, 31, 17)));
    }

    [Fact]
    public void WorkingDays_SkipTheWeekend() =>
        Assert.Equal(new DateOnly(2026, 11, 27), new WorkingDays([]).Add(new DateOnly(2026, 11, 20), 5));

    [Fact]
    public void WorkingDays_SkipPublicHolidays()
    {
        // Independence Day, Monday 9 November 2026.
        var days = new WorkingDays([new DateOnly(2026, 11, 9)]);

        Assert.False(days.IsWorkingDay(new DateOnly(2026, 11, 9)));
        Assert.False(days.IsWorkingDay(new DateOnly(2026, 11, 8)));
        Assert.True(days.IsWorkingDay(new DateOnly(2026, 11, 10)));
        Assert.Equal(new DateOnly(2026, 11, 16), days.Add(new DateOnly(2026, 11, 6), 5));
        Assert.Equal(new DateOnly(2026, 11, 13), new WorkingDays([]).Add(new DateOnly(2026, 11, 6), 5));
    }

    [Fact]
    public void WorkingDays_AHolidayOnAWeekendCostsNothing() =>
        Assert.Equal(new DateOnly(2026, 3, 13), new WorkingDays([new DateOnly(2026, 3, 8)]).Add(new DateOnly(2026, 3, 6), 5));

    [Fact]
    public void AWorkingDayDeadline_CountsFromThePhnomPenhDate()
    {
        // Friday 13 March 18:30Z is Saturday 14 March 01:30 in Phnom Penh: five working days end on Friday 20 March
        // at 01:30 there. Counted from the UTC date (Friday) they would end on Saturday 21 March in Phnom Penh.
        Assert.Equal(Utc(3, 19, 18, 30), new WorkingDays([]).Add(Utc(3, 13, 18, 30), 5));
        // Monday 9 March 18:30Z is Tuesday 10 March in Phnom Penh: Tuesday 17 March, or Wednesday 18 if the 17th is a holiday.
        Assert.Equal(Utc(3, 16, 18, 30), new WorkingDays([]).Add(Utc(3, 9, 18, 30), 5));
        Assert.Equal(Utc(3, 17, 18, 30), new WorkingDays([new DateOnly(2026, 3, 17)]).Add(Utc(3, 9, 18, 30), 5));
    }

    [Fact]
    public void AHoliday_NeedsANameInBothLanguages()
    {
        var refused = Assert.Throws<DomainException>(() => new PublicHoliday(new DateOnly(2026, 4, 14), new LocalizedText(" ", "Khmer New Year")));

        Assert.Equal("holiday_name_invalid", refused.Code);
        Assert.Equal(DomainErrorKind.Invalid, refused.Kind);
        Assert.StartsWith("សូម", Catalogue.Words(refused, "km"));
        Assert.Equal("ចូលឆ្នាំខ្មែរ", new PublicHoliday(new DateOnly(2026, 4, 14), new LocalizedText(" ចូលឆ្នាំខ្មែរ ", "Khmer New Year")).Name.Km);
    }
}
