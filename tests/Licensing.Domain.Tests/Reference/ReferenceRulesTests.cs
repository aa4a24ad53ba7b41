using Licensing.Domain.Agencies;
using Licensing.Domain.Common;
using Licensing.Domain.Identity;
using Licensing.Domain.Licences;
using Licensing.Domain.Reference;

namespace Licensing.Domain.Tests.Reference;

public sealed class ReferenceRulesTests
{
    private static readonly DeploymentRestriction MalaysiaDomesticWork = new("MY", "domestic-work", new DateOnly(2011, 10, 15), sinceMonthOnly: false, new LocalizedText("ហាមឃាត់", "ban"));

    [Fact]
    [Trait("Rule", "R26")]
    public void Restriction_BlocksItsPairFromItsStartDate()
    {
        Assert.True(MalaysiaDomesticWork.Blocks("my", "domestic-work", new DateOnly(2026, 1, 1)));
        Assert.False(MalaysiaDomesticWork.Blocks("MY", "domestic-work", new DateOnly(2011, 10, 14)));
    }

    [Fact]
    [Trait("Rule", "R26")]
    public void Restriction_DoesNotBlockOtherPairs()
    {
        Assert.False(MalaysiaDomesticWork.Blocks("MY", "construction", new DateOnly(2026, 1, 1)));
        Assert.False(MalaysiaDomesticWork.Blocks("TH", "domestic-work", new DateOnly(2026, 1, 1)));
    }

    [Theory]
    [InlineData(Roles.AgencyStaff, RoleScope.Agency)]
    [InlineData(Roles.ProvincialOfficer, RoleScope.Province)]
    [InlineData(Roles.EmbassyOfficer, RoleScope.Country)]
    [InlineData(Roles.EvaluationPanelMember, RoleScope.PanelSector)]
    [InlineData(Roles.LicensingOfficer, RoleScope.None)]
    [InlineData(Roles.InteriorOfficer, RoleScope.None)]
    [Trait("Rule", "R1")]
    public void Roles_AreBoundToTheirScope(string role, RoleScope scope)
    {
        Assert.Equal(scope, Roles.ScopeOf(role));
    }

    [Fact]
    [Trait("Rule", "R2")]
    [Trait("Rule", "R6")]
    public void Licence_IsNumberedByYearAndSequenceAndRunsForTheTerm()
    {
        var licence = Licence.Issue(Guid.NewGuid(), "00010001", new DateOnly(2026, 3, 31), termMonths: 24, sequence: 7);
        Assert.Equal("PRA-2026-0007", licence.Number);
        Assert.Equal(new DateOnly(2028, 3, 31), licence.ExpiresOn);
        Assert.Equal(LicenceStatus.Active, licence.Status);
        Assert.Equal("00010001", licence.RegistrationNumber);
    }

    [Fact]
    public void TrainingCentre_MustTakeAtLeastOneTrainee()
    {
        var agency = new Agency(new LocalizedText("ក", "A"), "1", "T", new Address("Street", "KH-12"), "p", "e@x", "d");
        Assert.Throws<DomainException>(() => agency.AddTrainingCentre("PDOT", new Address("Street", "KH-12"), 0));
        var centre = agency.AddTrainingCentre("PDOT", new Address("Street", "KH-12"), 40);
        Assert.Equal(agency.Id, centre.AgencyId);
        Assert.Single(agency.TrainingCentres);
    }

    [Fact]
    public void LocalizedText_PicksTheLanguage()
    {
        var name = new LocalizedText("បាត់ដំបង", "Battambang");
        Assert.Equal("បាត់ដំបង", name.In("km-KH"));
        Assert.Equal("Battambang", name.In("en"));
    }
}
