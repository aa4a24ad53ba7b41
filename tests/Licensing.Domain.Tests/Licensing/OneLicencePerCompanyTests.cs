using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Licences;

namespace Licensing.Domain.Tests.Licensing;

[Trait("Rule", "R31")]
public sealed class OneLicencePerCompanyTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);
    private static readonly Actor Officer = new(Guid.NewGuid(), "officer@test", new DateTimeOffset(2026, 12, 4, 3, 0, 0, TimeSpan.Zero));

    private static Licence WithStatus(LicenceStatus status)
    {
        var licence = Licence.Issue(Guid.NewGuid(), "00010001", Today.AddMonths(-6), 24, 1);
        switch (status)
        {
            case LicenceStatus.Suspended: licence.Suspend("r", Today.AddDays(30), Today, Officer); break;
            case LicenceStatus.Revoked: licence.Revoke("r", Officer); break;
            case LicenceStatus.Surrendered: licence.Surrender("r", Officer); break;
            case LicenceStatus.Expired: licence.ExpireIfDue(Today.AddMonths(30), false, Officer); break;
        }
        Assert.Equal(status, licence.Status);
        return licence;
    }

    [Theory]
    [InlineData(LicenceStatus.Active, "active")]
    [InlineData(LicenceStatus.Suspended, "suspended")]
    public void R31_ANewLicence_IsRefusedWhileTheCompanyHoldsOne_InBothLanguages(LicenceStatus status, string word)
    {
        var held = WithStatus(status);
        var refused = Assert.Throws<DomainException>(() => OneLicencePerCompany.EnsureMayApplyForNew(held));

        Assert.Equal(("licence_already_held", DomainErrorKind.Conflict), (refused.Code, refused.Kind));
        Assert.Contains($"{held.Number} ({word})", Catalogue.Words(refused, "en"));
        Assert.Contains(held.Number, Catalogue.Words(refused, "km"));
        Assert.Contains("អាជ្ញាប័ណ្ណ", Catalogue.Words(refused, "km"));
    }

    [Theory]
    [InlineData(LicenceStatus.Revoked)]
    [InlineData(LicenceStatus.Expired)]
    [InlineData(LicenceStatus.Surrendered)]
    public void R31_ANewLicence_IsAllowedOnceTheLicenceIsRevokedExpiredOrSurrendered(LicenceStatus status)
    {
        OneLicencePerCompany.EnsureMayApplyForNew(WithStatus(status));
        Assert.False(OneLicencePerCompany.Holds(status));
    }

    [Fact]
    public void R31_ACompanyThatNeverHeldALicence_MayApply() => OneLicencePerCompany.EnsureMayApplyForNew(null);

    [Fact]
    public void R31_OnlyActiveAndSuspendedLicencesAreHeld() =>
        Assert.Equal([LicenceStatus.Active, LicenceStatus.Suspended], Enum.GetValues<LicenceStatus>().Where(OneLicencePerCompany.Holds));
}
