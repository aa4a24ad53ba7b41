using Licensing.Domain.Common;
using Licensing.Domain.Licences;
using Licensing.Domain.Sanctions;

namespace Licensing.Domain.Tests.Sanctions;

public sealed class SanctionTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly Actor Officer = new(Guid.NewGuid(), "officer@test", new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero));

    private static Sanction Impose(SanctionKind kind, DateOnly? from = null, decimal? fine = null, int? months = null) =>
        Sanction.Impose(Guid.NewGuid(), SanctionSource.Evaluation, Guid.NewGuid(),
            new SanctionTerms(kind, fine, months, "Prakas 251", "Poor evaluation", from ?? Today), Today, 15, Officer);

    [Fact]
    public void Suspension_RunsForItsMonths_AndIsDueOnItsEffectiveDate()
    {
        var sanction = Impose(SanctionKind.Suspension, Today.AddDays(10), months: 3);

        Assert.Equal((Today.AddDays(10).AddMonths(3), Today.AddDays(15), SanctionStatus.Decided), (sanction.EffectiveUntil, sanction.AppealDeadline, sanction.Status));
        Assert.False(sanction.IsDueToApply(Today.AddDays(9)));
        Assert.True(sanction.IsDueToApply(Today.AddDays(10)));
        sanction.MarkApplied(null, Officer.At);
        Assert.Equal(SanctionStatus.InEffect, sanction.Status);
        Assert.False(sanction.IsDueToApply(Today.AddDays(11)));
    }

    [Fact]
    public void WarningsAndFines_AreInEffectAtOnce_AndNeverChangeTheLicence()
    {
        var fine = Impose(SanctionKind.Fine, fine: 500m);
        Assert.Equal((SanctionStatus.InEffect, false, 500m), (fine.Status, fine.IsDueToApply(Today), fine.FineAmountUsd));
        Assert.False(Impose(SanctionKind.WrittenWarning).ChangesLicence);
    }

    [Theory]
    [InlineData(SanctionKind.Fine, null, null, "fine_amount_missing")]
    [InlineData(SanctionKind.Suspension, null, 0, "suspension_months_missing")]
    public void Impose_WithoutItsAmountOrMonths_IsInvalid(SanctionKind kind, double? fine, int? months, string code) =>
        Assert.Equal(code, Assert.Throws<DomainException>(() => Impose(kind, fine: (decimal?)fine, months: months)).Code);

    [Fact]
    public void Impose_EffectiveBeforeTheDecision_IsInvalid() =>
        Assert.Equal("effective_date_past", Assert.Throws<DomainException>(() => Impose(SanctionKind.Revocation, Today.AddDays(-1))).Code);

    [Fact]
    public void Appeal_AfterTheDeadline_IsRefused()
    {
        var sanction = Impose(SanctionKind.WrittenWarning);
        Assert.Equal("appeal_deadline_passed", Assert.Throws<DomainException>(() => sanction.LodgeAppeal("Late", Today.AddDays(16), Officer)).Code);
        sanction.LodgeAppeal("In time", Today.AddDays(15), Officer);
        Assert.Equal("appeal_lodged", Assert.Throws<DomainException>(() => sanction.LodgeAppeal("Again", Today.AddDays(15), Officer)).Code);
    }

    [Fact]
    public void UpheldAppeal_AgainstAnAppliedSuspension_AnnulsItAndAsksToRestoreTheLicence()
    {
        var sanction = Impose(SanctionKind.Suspension, months: 2);
        sanction.MarkApplied(null, Officer.At);
        sanction.LodgeAppeal("Employer's fault", Today, Officer);

        Assert.True(sanction.DecideAppeal(AppealOutcome.Upheld, "Agreed", Officer));
        Assert.Equal(SanctionStatus.Annulled, sanction.Status);
        Assert.Equal("appeal_decided", Assert.Throws<DomainException>(() => sanction.DecideAppeal(AppealOutcome.Dismissed, "x", Officer)).Code);
    }

    [Fact]
    public void UpheldAppeal_BeforeTheSuspensionTookEffect_LeavesTheLicenceAlone_AndDismissalKeepsTheSanction()
    {
        var pending = Impose(SanctionKind.Suspension, Today.AddDays(30), months: 2);
        pending.LodgeAppeal("Employer's fault", Today, Officer);
        Assert.False(pending.DecideAppeal(AppealOutcome.Upheld, "Agreed", Officer));
        Assert.False(pending.IsDueToApply(Today.AddDays(30)));

        var kept = Impose(SanctionKind.Revocation);
        kept.MarkApplied(null, Officer.At);
        kept.LodgeAppeal("No", Today, Officer);
        Assert.False(kept.DecideAppeal(AppealOutcome.Dismissed, "The findings stand.", Officer));
        Assert.Equal(SanctionStatus.InEffect, kept.Status);
    }

    [Fact]
    public void Licence_ReinstatedOnAppeal_FromRevocation()
    {
        var licence = Licence.Issue(Guid.NewGuid(), "00010001", Today.AddMonths(-6), 24, 1);
        licence.Revoke("Evaluation: Failing", Officer);
        licence.ReinstateOnAppeal("Appeal upheld", Officer);
        Assert.Equal(LicenceStatus.Active, licence.Status);
        Assert.Equal("licence_not_sanctioned", Assert.Throws<DomainException>(() => licence.ReinstateOnAppeal("again", Officer)).Code);
    }
}
