using Licensing.Web.Binding;

namespace Licensing.Web.Tests.Binding;

public sealed class NumberTextTests
{
    private static readonly NumberLimits WholeInt = new(true, int.MinValue, int.MaxValue);

    [Theory]
    [InlineData("150.50", "150.50")]
    [InlineData("1500.75", "1500.75")]
    [InlineData("1,500", "1500")]
    [InlineData("1,500.75", "1500.75")]
    [InlineData("10,500.50", "10500.50")]
    [InlineData("1,234,567.5", "1234567.5")]
    [InlineData("1 500", "1500")]
    [InlineData("1\u00A0500.25", "1500.25")]
    [InlineData("1\u2009500", "1500")]
    [InlineData("1\u202F500\u202F000", "1500000")]
    [InlineData("១៥០.៥០", "150.50")]
    [InlineData("១,៥០០", "1500")]
    [InlineData("13.3611", "13.3611")]
    [InlineData("-8.05", "-8.05")]
    [InlineData("+12", "12")]
    [InlineData(".5", "0.5")]
    [InlineData("1.500", "1.500")]
    [InlineData("  42  ", "42")]
    [InlineData("0", "0")]
    public void Reads_a_point_as_the_decimal_point_and_whole_groups_as_thousands(string typed, string expected)
    {
        var reading = NumberText.Read(typed, NumberLimits.Decimal);

        Assert.Null(reading.Refusal);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), reading.Value);
    }

    [Theory]
    [InlineData("1,50", NumberRefusal.Ambiguous)]
    [InlineData("1,5", NumberRefusal.Ambiguous)]
    [InlineData("1,5000", NumberRefusal.Ambiguous)]
    [InlineData("15,00,000", NumberRefusal.Ambiguous)]
    [InlineData("1,,500", NumberRefusal.Ambiguous)]
    [InlineData(",500", NumberRefusal.Ambiguous)]
    [InlineData("1.500,5", NumberRefusal.Ambiguous)]
    [InlineData("1.500.000", NumberRefusal.Ambiguous)]
    [InlineData("1.2.3", NumberRefusal.Ambiguous)]
    [InlineData("150.50 USD", NumberRefusal.Unreadable)]
    [InlineData("$150", NumberRefusal.Unreadable)]
    [InlineData("1e5", NumberRefusal.Unreadable)]
    [InlineData("abc", NumberRefusal.Unreadable)]
    [InlineData("-", NumberRefusal.Unreadable)]
    [InlineData("--5", NumberRefusal.Unreadable)]
    [InlineData("5-", NumberRefusal.Unreadable)]
    [InlineData(".", NumberRefusal.Unreadable)]
    [InlineData("99999999999999999999999999999999", NumberRefusal.OutOfRange)]
    public void Refuses_what_could_be_read_two_ways_or_not_at_all(string typed, NumberRefusal expected)
    {
        Assert.Equal(expected, NumberText.Read(typed, NumberLimits.Decimal).Refusal);
    }

    [Theory]
    [InlineData("12", 12, null)]
    [InlineData("១២", 12, null)]
    [InlineData("1,200", 1200, null)]
    [InlineData("12.0", 12, null)]
    [InlineData("1.5", 1.5, NumberRefusal.NotWhole)]
    [InlineData("1.500", 1.5, NumberRefusal.NotWhole)]
    [InlineData("3,000,000,000", 3000000000, NumberRefusal.OutOfRange)]
    public void A_whole_number_field_says_how_a_fraction_or_a_too_large_number_was_read(string typed, double value, NumberRefusal? expected)
    {
        var reading = NumberText.Read(typed, WholeInt);

        Assert.Equal(expected, reading.Refusal);
        Assert.Equal((decimal)value, reading.Value);
    }

    [Theory]
    [InlineData(1.5, "1.5")]
    [InlineData(150.50, "150.5")]
    [InlineData(1500, "1500")]
    public void Writes_back_a_reading_plainly(double value, string expected)
    {
        Assert.Equal(expected, NumberText.Plain((decimal)value));
    }
}
