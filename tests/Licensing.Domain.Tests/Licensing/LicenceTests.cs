using Licensing.Domain.Common;
using Licensing.Domain.Licences;

namespace Licensing.Domain.Tests.Licensing;

public sealed class LicenceTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly Actor Officer = new(Guid.NewGuid(), "officer@test", new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero));

    private static Licence Active(DateOnly? issuedOn = null) => Licence.Issue(Guid.NewGuid(), "00010001", issuedOn ?? Today.AddMonths(-6), 24, 1);

    [Fact]
    public void Suspend_AnActiveLicence_RecordsReasonUntilAndHistory()
    {
        var licence = Active();
        licence.Suspend("Passports withheld", Today.AddMonths(3), Today, Officer);

        Assert.Equal(LicenceStatus.Suspended, licence.Status);
        Assert.Equal(Today.AddMonths(3), licence.SuspendedUntil);
        var change = Assert.Single(licence.History);
        Assert.Equal((LicenceStatus.Active, LicenceStatus.Suspended, "Passports withheld", "officer@test"), (change.From, change.To, change.Reason, change.ByName));
    }

    [Fact]
    public void Suspend_EndingTodayOrBefore_IsInvalid()
    {
        Assert.Equal(DomainErrorKind.Invalid, Assert.Throws<DomainException>(() => Active().Suspend("r", Today, Today, Officer)).Kind);
    }

    [Fact]
    public void Suspend_ASuspendedLicence_IsAConflict()
    {
        var licence = Active();
        licence.Suspend("r", Today.AddDays(10), Today, Officer);
        Assert.Equal(DomainErrorKind.Conflict, Assert.Throws<DomainException>(() => licence.Suspend("again", Today.AddDays(20), Today, Officer)).Kind);
    }

    [Fact]
    public void Reinstate_ASuspendedLicence_MakesItActive()
    {
        var licence = Active();
        licence.Suspend("r", Today.AddDays(10), Today, Officer);
        licence.Reinstate("Appeal upheld", Officer);
        Assert.Equal(LicenceStatus.Active, licence.Status);
        Assert.Null(licence.SuspendedUntil);
    }

    [Fact]
    public void Suspension_EndsOnItsEndDate()
    {
        var licence = Active();
        licence.Suspend("r", Today.AddDays(10), Today, Officer);
        Assert.False(licence.EndSuspensionIfDue(Today.AddDays(9), Actor.System(Officer.At)));
        Assert.True(licence.EndSuspensionIfDue(Today.AddDays(10), Actor.System(Officer.At)));
        Assert.Equal(LicenceStatus.Active, licence.Status);
        Assert.False(Active().EndSuspensionIfDue(Today, Actor.System(Officer.At)));
    }

    [Fact]
    public void Reinstate_AnActiveLicence_IsAConflict()
    {
        Assert.Throws<DomainException>(() => Active().Reinstate("r", Officer));
    }

    [Fact]
    public void Revoke_IsFinal()
    {
        var licence = Active();
        licence.Suspend("r", Today.AddDays(10), Today, Officer);
        licence.Revoke("Sold the licence", Officer);
        Assert.Equal(LicenceStatus.Revoked, licence.Status);
        Assert.Throws<DomainException>(() => licence.Reinstate("r", Officer));
        Assert.Throws<DomainException>(() => licence.Revoke("again", Officer));
        Assert.Throws<DomainException>(() => licence.Renew(24));
    }

    [Fact]
    public void Surrender_OnlyFromActive()
    {
        var licence = Active();
        licence.Surrender("Closing the business", Officer);
        Assert.Equal(LicenceStatus.Surrendered, licence.Status);

        var suspended = Active();
        suspended.Suspend("r", Today.AddDays(10), Today, Officer);
        Assert.Throws<DomainException>(() => suspended.Surrender("r", Officer));
    }

    [Fact]
    [Trait("Rule", "R6")]
    public void ExpireIfDue_PastExpiry_Expires()
    {
        var licence = Active(Today.AddMonths(-25));
        Assert.True(licence.ExpireIfDue(Today, renewalUnderReview: false, Actor.System(Officer.At)));
        Assert.Equal(LicenceStatus.Expired, licence.Status);
    }

    [Fact]
    [Trait("Rule", "R6")]
    public void ExpireIfDue_OnTheExpiryDayItself_KeepsItActive()
    {
        var licence = Active(Today.AddMonths(-24));
        Assert.False(licence.ExpireIfDue(Today, false, Actor.System(Officer.At)));
        Assert.Equal(LicenceStatus.Active, licence.Status);
    }

    [Fact]
    [Trait("Rule", "R6")]
    [Trait("Rule", "R7")]
    public void ExpireIfDue_WithARenewalUnderReview_StaysActiveAndRenewalPending()
    {
        var licence = Active(Today.AddMonths(-25));
        Assert.False(licence.ExpireIfDue(Today, renewalUnderReview: true, Actor.System(Officer.At)));
        Assert.Equal(LicenceStatus.Active, licence.Status);
        Assert.True(licence.RenewalPending);

        licence.Renew(24);
        Assert.False(licence.RenewalPending);
        Assert.Equal(Today.AddMonths(-25).AddMonths(48), licence.ExpiresOn);
    }

    [Fact]
    [Trait("Rule", "R7")]
    public void Renew_ExtendsFromTheCurrentExpiry()
    {
        var licence = Active(new DateOnly(2025, 1, 10));
        licence.Renew(24);
        Assert.Equal(new DateOnly(2029, 1, 10), licence.ExpiresOn);
    }

    [Fact]
    [Trait("Rule", "R7")]
    public void RenewalWindow_OpensTheConfiguredDaysBeforeExpiry()
    {
        var licence = Active(Today.AddMonths(-24).AddDays(100));
        Assert.Equal(100, licence.DaysToExpiry(Today));
        Assert.Equal(DomainErrorKind.Invalid, Assert.Throws<DomainException>(() => licence.EnsureRenewalWindowOpen(Today, 90)).Kind);
        licence.EnsureRenewalWindowOpen(Today.AddDays(10), 90);
    }

    [Fact]
    [Trait("Rule", "R7")]
    public void RenewalWindow_IsClosedForARevokedLicence()
    {
        var licence = Active(Today.AddMonths(-23));
        licence.Revoke("r", Officer);
        Assert.Equal(DomainErrorKind.Conflict, Assert.Throws<DomainException>(() => licence.EnsureRenewalWindowOpen(Today, 90)).Kind);
    }
}
