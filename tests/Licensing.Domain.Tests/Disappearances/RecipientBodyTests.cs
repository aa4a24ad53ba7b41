using Licensing.Domain.Disappearances;

namespace Licensing.Domain.Tests.Disappearances;

public sealed class RecipientBodyTests
{
    [Theory]
    [InlineData("embassy:TH", RecipientKind.Embassy, "TH", CaseParty.Embassy)]
    [InlineData("interior", RecipientKind.Interior, null, CaseParty.Interior)]
    [InlineData("ministry", RecipientKind.Ministry, null, CaseParty.Ministry)]
    public void A_key_reads_back_as_the_body_it_names(string key, RecipientKind kind, string? country, CaseParty party)
    {
        var body = RecipientBody.Parse(key);
        Assert.Equal((kind, country, party, key), (body!.Kind, body.CountryCode, body.Party, body.Key));
    }

    [Theory]
    [InlineData("embassy:")]
    [InlineData("embassy:th")]
    [InlineData("embassy:THA")]
    [InlineData("Ministry")]
    [InlineData("")]
    [InlineData(null)]
    public void A_key_that_names_no_body_reads_as_none(string? key) => Assert.Null(RecipientBody.Parse(key));

    [Fact]
    public void The_body_of_a_case_in_a_country_is_its_embassy_there_or_a_ministry() =>
        Assert.Equal(
            [RecipientBody.Embassy("TH"), RecipientBody.Interior, RecipientBody.Ministry],
            [RecipientBody.For(RecipientKind.Embassy, "th"), RecipientBody.For(RecipientKind.Interior, "TH"), RecipientBody.For(RecipientKind.Ministry, "TH")]);
}
