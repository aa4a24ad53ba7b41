using Licensing.Domain.Common;

namespace Licensing.Domain.Tests.Common;

public sealed class YearlyNumberTests
{
    [Fact]
    public void A_number_is_padded_to_its_series_digits_and_grows_past_them()
    {
        Assert.Equal("PRA-2026-0001", NumberSeries.Licence.Number(2026, 1).ToString());
        Assert.Equal("DC-2026-000042", NumberSeries.Clearance.Number(2026, 42).ToString());
        Assert.Equal("PRA-2026-10000", NumberSeries.Licence.Parse("PRA-2026-9999")!.Next().ToString());
    }

    [Theory]
    [InlineData("PRA-2026-0012", 2026, 12)]
    [InlineData("PRA-2027-12345", 2027, 12345)]
    public void A_number_of_the_series_reads_back_as_its_year_and_sequence(string text, int year, int sequence) =>
        Assert.Equal(NumberSeries.Licence.Number(year, sequence), NumberSeries.Licence.Parse(text));

    [Theory]
    [InlineData("DC-2026-000001")]
    [InlineData("PRA-2026-12")]
    [InlineData("PRA-2026-0000")]
    [InlineData("PRA-20x6-0001")]
    [InlineData("PRA-2026-0001-2")]
    public void Text_that_is_not_a_number_of_the_series_reads_as_none(string text) =>
        Assert.Null(NumberSeries.Licence.Parse(text));
}
