using Licensing.Domain.Agencies;
using Licensing.Domain.Common;

namespace Licensing.Domain.Tests.Licensing;

public sealed class AgencyTests
{
    private static Agency NewAgency() =>
        new(new LocalizedText("ក", "Alpha Manpower"), "00010001", "L001-1", new Address("Street 1", "KH-12"), "+855", "a@x", "Director");

    [Fact]
    [Trait("Rule", "R3")]
    public void RegistrationNumberOfALicensedAgency_CannotChange_EvenByAnOfficer()
    {
        var agency = NewAgency();
        var error = Assert.Throws<DomainException>(() => agency.ChangeLegalIdentity(agency.Name, "00099999", agency.TaxNumber, licensed: true, byOfficer: true));
        Assert.Equal("licence_not_transferable", error.Code);
        Assert.Equal("00010001", agency.RegistrationNumber);
    }

    [Fact]
    [Trait("Rule", "R3")]
    public void LegalIdentityOfALicensedAgency_ChangesOnlyThroughAnOfficer()
    {
        var agency = NewAgency();
        var renamed = new LocalizedText("ខ", "Beta Manpower");
        Assert.Equal("legal_identity_locked", Assert.Throws<DomainException>(() => agency.ChangeLegalIdentity(renamed, "00010001", "L001-1", true, false)).Code);
        agency.ChangeLegalIdentity(renamed, "00010001", "L001-1", true, byOfficer: true);
        Assert.Equal("Beta Manpower", agency.Name.En);
    }

    [Fact]
    public void BeforeLicensing_TheAgencyMayCorrectItsRegistrationNumber()
    {
        var agency = NewAgency();
        agency.ChangeLegalIdentity(agency.Name, "00010002", "L001-1", licensed: false, byOfficer: false);
        Assert.Equal("00010002", agency.RegistrationNumber);
    }

    [Fact]
    public void RemovingAnUnknownBranch_IsNotFound()
    {
        Assert.Equal(DomainErrorKind.NotFound, Assert.Throws<DomainException>(() => NewAgency().RemoveBranch(Guid.NewGuid())).Kind);
    }
}
