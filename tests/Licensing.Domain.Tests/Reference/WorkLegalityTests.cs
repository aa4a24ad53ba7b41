using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Reference;
using Licensing.Domain.Workers;

namespace Licensing.Domain.Tests.Reference;

public sealed class WorkLegalityTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);
    private static readonly Country Malaysia = new("MY", new("ម៉ាឡេស៊ី", "Malaysia"), new("ស្ថានទូត", "Embassy"), "duty@my.example", hasLabourMou: true);
    private static readonly Sector DomesticWork = new("domestic-work", new("ការងារតាមផ្ទះ", "Domestic work"));
    private static readonly Sector Manufacturing = new("manufacturing", new("ផលិតកម្ម", "Manufacturing"));

    private static DeploymentRestriction MalaysiaDomesticWork() => new("MY", "domestic-work", new DateOnly(2011, 10, 1), sinceMonthOnly: true,
        new LocalizedText("ការផ្អាកការបញ្ជូនពលករធ្វើការងារតាមផ្ទះទៅម៉ាឡេស៊ី", "Suspension of sending domestic workers to Malaysia"));

    private static JobOffer Offer(string country, string sector) => new(country, "Employer", "Address", sector, "Helper", 1, 1_000m, "USD", 24);

    private static Country Korea(bool reserved)
    {
        var korea = new Country("KR", new("កូរ៉េខាងត្បូង", "South Korea"), new("ស្ថានទូត", "Embassy"), "duty@kr.example", hasLabourMou: true);
        korea.ReserveToPublicAgencies(reserved);
        return korea;
    }

    [Fact]
    [Trait("Rule", "R26")]
    public void DomesticWorkInMalaysia_IsRefusedWithTheLegalBasisAndTheMonth_InBothLanguages()
    {
        var refused = Assert.Throws<DomainException>(() =>
            WorkLegality.Ensure(Offer("MY", "domestic-work"), Malaysia, DomesticWork, publicAgency: false, [MalaysiaDomesticWork()], Today));
        Assert.Equal("deployment_restricted", refused.Code);
        Assert.Contains("October 2011", Catalogue.Words(refused, "en"));
        Assert.Contains("Suspension of sending domestic workers to Malaysia", Catalogue.Words(refused, "en"));
        Assert.Contains("ខែតុលា ឆ្នាំ២០១១", Catalogue.Words(refused, "km"));
        Assert.Contains("ការផ្អាកការបញ្ជូនពលករធ្វើការងារតាមផ្ទះទៅម៉ាឡេស៊ី", Catalogue.Words(refused, "km"));
    }

    [Fact]
    [Trait("Rule", "R26")]
    public void OtherWorkInMalaysia_AndAnEndedRestriction_AreNotRefused()
    {
        WorkLegality.Ensure(Offer("MY", "manufacturing"), Malaysia, Manufacturing, publicAgency: false, [MalaysiaDomesticWork()], Today);
        var ended = MalaysiaDomesticWork();
        ended.End(Today);
        Assert.True(ended.Blocks("MY", "domestic-work", Today.AddDays(-1)));
        WorkLegality.Ensure(Offer("MY", "domestic-work"), Malaysia, DomesticWork, publicAgency: false, [ended], Today);
    }

    [Fact]
    [Trait("Rule", "R26")]
    public void AStartGivenAsAMonth_IsTheMonthsFirstDay_AndReadsAsTheMonth()
    {
        var restriction = new DeploymentRestriction("my", "domestic-work", new DateOnly(2011, 10, 15), sinceMonthOnly: true, new LocalizedText("មូលដ្ឋាន", "basis"));
        Assert.Equal(new DateOnly(2011, 10, 1), restriction.Since);
        Assert.Equal(new LocalizedText("ខែតុលា ឆ្នាំ២០១១", "October 2011"), restriction.SinceText);
        Assert.Equal("MY", restriction.CountryCode);
    }

    [Fact]
    [Trait("Rule", "R26")]
    public void ARestrictionNeedsItsLegalBasisInBothLanguages()
    {
        Assert.Equal("legal_basis_missing", Assert.Throws<DomainException>(() =>
            new DeploymentRestriction("MY", "domestic-work", Today, sinceMonthOnly: false, new LocalizedText("", "basis"))).Code);
    }

    [Fact]
    [Trait("Rule", "R33")]
    public void APrivateAgencysJobOrderForAReservedCountry_IsRefused_APublicAgencysIsAccepted()
    {
        var refused = Assert.Throws<DomainException>(() => WorkLegality.Ensure(Offer("KR", "manufacturing"), Korea(true), Manufacturing, publicAgency: false, [], Today));
        Assert.Equal("country_reserved_to_public_agencies", refused.Code);
        Assert.Contains("MTOSB", Catalogue.Words(refused, "km"));
        WorkLegality.Ensure(Offer("KR", "manufacturing"), Korea(true), Manufacturing, publicAgency: true, [], Today);
        WorkLegality.Ensure(Offer("KR", "manufacturing"), Korea(false), Manufacturing, publicAgency: false, [], Today);
    }
}
