using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Licences;
using Licensing.Domain.Reference;
using Licensing.Domain.Workers;

namespace Licensing.Domain.Tests.Workers;

/// <summary>
/// The pre-departure gate judged on the day a departure clearance is asked for, rule by rule: each test breaks
/// exactly one condition of a complete record.
/// </summary>
public sealed class PreDepartureGateTests
{
    private static readonly DateOnly Departing = new(2026, 12, 1);
    private static readonly Guid Centre = Guid.NewGuid();
    private static readonly ContractClause Wage = new("wage-payment", new("ប្រាក់ឈ្នួល", "Wage and payment"), 1, isDefault: true);
    private static readonly ContractClause Hours = new("working-hours", new("ម៉ោងធ្វើការ", "Working hours and rest"), 2, isDefault: true);
    private static readonly DeploymentRestriction MalaysiaDomesticWork = new("MY", "domestic-work", new DateOnly(2011, 10, 15), sinceMonthOnly: false, new LocalizedText("ហាមឃាត់", "ban"));

    private static readonly DepartureRules Rules = new(MinimumAge: 18, PassportValidityMonths: 6, MedicalValidityDays: 90, ClearanceValidityDays: 30);

    private static readonly PreDepartureFacts Complete = new(
        On: Departing,
        JobOrderApproved: true,
        Medical: new MedicalCheck(Departing.AddDays(-30), "Calmette clinic", PhysicallyFit: true, MentallyFit: true),
        Orientation: new Orientation(Centre, Departing.AddDays(-10), 40m, string.Join(',', PdotTopics.All.Select(t => t.Code))),
        AgencyTrainingCentres: [Centre],
        Contract: new PlacementContract(Departing.AddDays(-5), "wage-payment,working-hours"),
        SignedContractUploaded: true,
        RequiredClauses: [Wage, Hours],
        PassportNumber: "N1234567",
        Travel: new TravelDocuments(Departing.AddYears(-1), Departing.AddYears(9), "V-778899", Departing.AddDays(-20), Departing.AddYears(2)),
        DateOfBirth: Departing.AddYears(-25),
        Rules: Rules,
        CountryCode: "TH",
        SectorCode: "construction",
        Restrictions: [MalaysiaDomesticWork],
        AgencyLicence: LicenceStatus.Active);

    private static string[] Codes(PreDepartureFacts facts) => PreDepartureGate.Missing(facts).Select(m => m.Code).ToArray();

    [Fact]
    public void CompleteRecord_MissesNothing() => Assert.Empty(Codes(Complete));

    [Fact]
    [Trait("Rule", "R17")]
    public void JobOrderNotApproved_LegalWorkNotVerified() =>
        Assert.Equal(["legal_work_not_verified"], Codes(Complete with { JobOrderApproved = false }));

    [Fact]
    [Trait("Rule", "R18")]
    public void NoMedicalCheck_IsMissing() => Assert.Equal(["medical_missing"], Codes(Complete with { Medical = null }));

    [Fact]
    [Trait("Rule", "R18")]
    public void PhysicallyUnfit_IsMissing() =>
        Assert.Equal(["medical_physically_unfit"], Codes(Complete with { Medical = Complete.Medical! with { PhysicallyFit = false } }));

    [Fact]
    [Trait("Rule", "R18")]
    public void MentallyUnfit_IsMissing() =>
        Assert.Equal(["medical_mentally_unfit"], Codes(Complete with { Medical = Complete.Medical! with { MentallyFit = false } }));

    [Fact]
    [Trait("Rule", "R18")]
    public void MentalHealthNotRecorded_IsMissing()
    {
        var missing = Assert.Single(PreDepartureGate.Missing(Complete with { Medical = Complete.Medical! with { MentallyFit = null } }));
        Assert.Equal("mental_health_missing", missing.Code);
        Assert.Contains("ផ្លូវចិត្ត", Catalogue.Words(missing, "km"));
    }

    [Fact]
    [Trait("Rule", "R18")]
    [Trait("Rule", "R32")]
    public void HealthCheckDatedAfterToday_IsRefused() =>
        Assert.Equal(["medical_after_today"], Codes(Complete with { Medical = Complete.Medical! with { ExaminedOn = Departing.AddDays(1) } }));

    [Fact]
    [Trait("Rule", "R18")]
    public void HealthCheckOlderThanTheSetting_IsOutdated()
    {
        Assert.Empty(Codes(Complete with { Medical = Complete.Medical! with { ExaminedOn = Departing.AddDays(-90) } }));
        Assert.Equal(["medical_outdated"], Codes(Complete with { Medical = Complete.Medical! with { ExaminedOn = Departing.AddDays(-91) } }));
        Assert.Empty(Codes(Complete with { Medical = Complete.Medical! with { ExaminedOn = Departing.AddDays(-91) }, Rules = Rules with { MedicalValidityDays = 120 } }));
    }

    [Fact]
    [Trait("Rule", "R15")]
    public void NoOrientation_IsMissing() => Assert.Equal(["pdot_missing"], Codes(Complete with { Orientation = null }));

    [Fact]
    [Trait("Rule", "R15")]
    [Trait("Rule", "R32")]
    public void OrientationDatedAfterToday_IsRefused() =>
        Assert.Equal(["pdot_after_today"], Codes(Complete with { Orientation = Complete.Orientation! with { CompletedOn = Departing.AddDays(1) } }));

    [Fact]
    [Trait("Rule", "R5")]
    [Trait("Rule", "R15")]
    public void OrientationAtAnotherAgencysCentre_IsMissing() =>
        Assert.Equal(["pdot_centre_not_agency"], Codes(Complete with { AgencyTrainingCentres = [Guid.NewGuid()] }));

    [Fact]
    [Trait("Rule", "R16")]
    public void OrientationWithoutOneTopic_NamesTheTopic()
    {
        var topics = string.Join(',', PdotTopics.All.Where(t => t.Code != "workplace-language").Select(t => t.Code));
        var missing = Assert.Single(PreDepartureGate.Missing(Complete with { Orientation = Complete.Orientation! with { Topics = topics } }));
        Assert.Equal("pdot_topics_missing", missing.Code);
        Assert.Contains("Workplace language", Catalogue.Words(missing, "en"));
        Assert.Contains("ភាសាប្រើនៅកន្លែងការងារ", Catalogue.Words(missing, "km"));
    }

    [Fact]
    [Trait("Rule", "R19")]
    public void NoContract_IsMissing() => Assert.Equal(["contract_missing"], Codes(Complete with { Contract = null }));

    [Fact]
    [Trait("Rule", "R19")]
    [Trait("Rule", "R32")]
    public void ContractDatedAfterToday_IsRefused() =>
        Assert.Equal(["contract_after_today"], Codes(Complete with { Contract = Complete.Contract! with { SignedOn = Departing.AddDays(1) } }));

    [Fact]
    [Trait("Rule", "R19")]
    public void ContractWithAClauseNotTicked_NamesTheClause()
    {
        var missing = Assert.Single(PreDepartureGate.Missing(Complete with { Contract = Complete.Contract! with { Clauses = "wage-payment" } }));
        Assert.Equal("contract_clauses_missing", missing.Code);
        Assert.Contains("Working hours and rest", Catalogue.Words(missing, "en"));
    }

    [Fact]
    [Trait("Rule", "R19")]
    public void SignedContractNotUploaded_IsMissing() =>
        Assert.Equal(["contract_not_uploaded"], Codes(Complete with { SignedContractUploaded = false }));

    [Fact]
    public void NoPassportNumber_TravelDocumentsMissing() =>
        Assert.Equal(["travel_documents_missing"], Codes(Complete with { PassportNumber = null }));

    [Fact]
    public void NoVisaRecorded_TravelDocumentsMissing() =>
        Assert.Equal(["travel_documents_missing"], Codes(Complete with { Travel = null }));

    [Fact]
    [Trait("Rule", "R32")]
    public void PassportExpiringIn16Days_IsTooShort()
    {
        var travel = Complete.Travel! with { PassportExpiresOn = Departing.AddDays(16), VisaExpiresOn = Departing.AddDays(10) };
        var missing = Assert.Single(PreDepartureGate.Missing(Complete with { Travel = travel }));
        Assert.Equal("passport_validity_short", missing.Code);
        Assert.Contains("6 months", Catalogue.Words(missing, "en"));
    }

    [Fact]
    [Trait("Rule", "R32")]
    public void PassportValidSixMonthsAfterDeparture_IsEnough_AndTheMonthsComeFromTheSetting()
    {
        var travel = Complete.Travel! with { PassportExpiresOn = Departing.AddMonths(6), VisaExpiresOn = Departing.AddMonths(3) };
        Assert.Empty(Codes(Complete with { Travel = travel }));
        Assert.Equal(["passport_validity_short"], Codes(Complete with { Travel = travel, Rules = Rules with { PassportValidityMonths = 7 } }));
    }

    [Fact]
    [Trait("Rule", "R32")]
    public void VisaExpiredBeforeDeparture_IsNotValid() =>
        Assert.Equal(["visa_expired"], Codes(Complete with { Travel = Complete.Travel! with { VisaExpiresOn = Departing.AddDays(-1) } }));

    [Fact]
    [Trait("Rule", "R32")]
    public void VisaValidAfterThePassportExpires_IsRefused() =>
        Assert.Equal(["visa_beyond_passport"], Codes(Complete with { Travel = Complete.Travel! with { VisaExpiresOn = Complete.Travel.PassportExpiresOn.AddDays(1) } }));

    [Fact]
    [Trait("Rule", "R32")]
    public void PassportOrVisaIssuedAfterToday_IsRefused() =>
        Assert.Equal(["travel_documents_after_today"], Codes(Complete with { Travel = Complete.Travel! with { VisaIssuedOn = Departing.AddDays(1) } }));

    [Fact]
    public void EighteenTheDayBeforeDeparture_IsOldEnough() =>
        Assert.Empty(Codes(Complete with { DateOfBirth = Departing.AddYears(-18).AddDays(-1) }));

    [Fact]
    public void EighteenOnlyTheDayAfterDeparture_IsUnderAge()
    {
        var missing = Assert.Single(PreDepartureGate.Missing(Complete with { DateOfBirth = Departing.AddYears(-18).AddDays(1) }));
        Assert.Equal(("under_minimum_age", true), (missing.Code, Catalogue.Words(missing, "en").Contains("18")));
    }

    [Fact]
    public void MinimumAge_ComesFromTheSetting() =>
        Assert.Equal(["under_minimum_age"], Codes(Complete with { Rules = Rules with { MinimumAge = 26 } }));

    [Fact]
    [Trait("Rule", "R26")]
    public void DomesticWorkInMalaysia_IsRestricted() =>
        Assert.Equal(["deployment_restricted"], Codes(Complete with { CountryCode = "MY", SectorCode = "domestic-work" }));

    [Fact]
    [Trait("Rule", "R26")]
    public void DomesticWorkInThailand_IsNotRestricted() =>
        Assert.Empty(Codes(Complete with { SectorCode = "domestic-work" }));

    [Theory]
    [InlineData(LicenceStatus.Suspended)]
    [InlineData(LicenceStatus.Revoked)]
    [InlineData(LicenceStatus.Expired)]
    [InlineData(LicenceStatus.Surrendered)]
    [InlineData(null)]
    [Trait("Rule", "R5")]
    public void AgencyLicenceNotActive_Blocks(LicenceStatus? status) =>
        Assert.Equal(["licence_not_active"], Codes(Complete with { AgencyLicence = status }));

    [Fact]
    [Trait("Rule", "R32")]
    public void LastDayToDepart_IsTheClearanceValidity_CutShortByTheFirstDocumentToRunOut()
    {
        Assert.Equal(Departing.AddDays(29), PreDepartureGate.LastDayToDepart(Complete));
        Assert.Equal(Departing.AddDays(10), PreDepartureGate.LastDayToDepart(Complete with { Medical = Complete.Medical! with { ExaminedOn = Departing.AddDays(-80) } }));
        Assert.Equal(Departing.AddDays(5), PreDepartureGate.LastDayToDepart(Complete with { Travel = Complete.Travel! with { VisaExpiresOn = Departing.AddDays(5) } }));
        Assert.Equal(Departing.AddDays(3),
            PreDepartureGate.LastDayToDepart(Complete with { Travel = Complete.Travel! with { PassportExpiresOn = Departing.AddDays(3).AddMonths(6), VisaExpiresOn = Departing.AddMonths(2) } }));
    }

    [Fact]
    [Trait("Rule", "R15")]
    [Trait("Rule", "R17")]
    [Trait("Rule", "R18")]
    [Trait("Rule", "R19")]
    public void NothingRecorded_ListsEveryCondition()
    {
        var codes = Codes(Complete with
        {
            JobOrderApproved = false, Medical = null, Orientation = null, Contract = null, SignedContractUploaded = false,
            PassportNumber = null, DateOfBirth = Departing.AddYears(-17), CountryCode = "MY", SectorCode = "domestic-work", AgencyLicence = LicenceStatus.Suspended,
        });
        Assert.Equal(
            ["legal_work_not_verified", "medical_missing", "pdot_missing", "contract_missing", "contract_not_uploaded", "travel_documents_missing",
             "under_minimum_age", "deployment_restricted", "licence_not_active"],
            codes);
    }
}
