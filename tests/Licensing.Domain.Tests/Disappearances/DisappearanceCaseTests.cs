using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;

namespace Licensing.Domain.Tests.Disappearances;

public sealed class DisappearanceCaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);
    private static readonly Actor Agency = new(Guid.NewGuid(), "staff@agency.test", Now);
    private static readonly Actor Embassy = new(Guid.NewGuid(), "officer@embassy.test", Now);
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    private static DisappearanceFacts Facts(double learnedHoursAgo = 2, DateTimeOffset? lastContact = null) => new(
        "Samut Prakan", 13.6, 100.6, lastContact ?? Now.AddHours(-learnedHoursAgo - 12), Now.AddHours(-learnedHoursAgo), "Did not return.", null);

    private static DisappearanceCase Report(ReportSource source = ReportSource.Agency, DisappearanceFacts? facts = null, FamilyReporter? family = null) =>
        DisappearanceCase.Report(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "TH", source, facts ?? Facts(), source == ReportSource.Family ? new Actor(null, "Mother", Now) : Agency, Day, null, family);

    [Fact]
    [Trait("Rule", "R22")]
    [Trait("Rule", "R23")]
    public void AReport_HasTheEmbassyOfTheCountry_Interior_AndTheMinistry_AsRecipients_NotifiedAtOnce()
    {
        var report = Report();
        Assert.Equal(["embassy:TH", "interior", "ministry"], report.Recipients.Select(r => r.BodyKey.Key));
        Assert.All(report.Recipients, r => Assert.Equal(Now, r.NotifiedAt));
        Assert.Matches("^MW-2026-[2-9A-HJ-NP-Z]{8}$", report.Number);
        Assert.Equal(report.WorkerId.ToString(), report.OpenSlot);
    }

    [Theory]
    [InlineData(23.9, false)]
    [InlineData(24.1, true)]
    [Trait("Rule", "R22")]
    public void AnAgencyReport_IsLate_WhenFiledMoreThanTheAllowedHoursAfterItLearned(double learnedHoursAgo, bool late) =>
        Assert.Equal(late, Report(facts: Facts(learnedHoursAgo)).IsLate);

    [Fact]
    [Trait("Rule", "R22")]
    public void AnAgencyReport_MustSayWhenTheAgencyLearned_AndTimesMustBeConsistent()
    {
        Assert.Equal("learned_at_missing", Assert.Throws<DomainException>(() => Report(facts: Facts() with { AgencyLearnedAt = null })).Code);
        Assert.Equal("time_in_future", Assert.Throws<DomainException>(() => Report(facts: Facts(lastContact: Now.AddHours(1)) with { AgencyLearnedAt = Now })).Code);
        Assert.Equal("learned_before_last_contact", Assert.Throws<DomainException>(() => Report(facts: Facts(lastContact: Now.AddHours(-1)) with { AgencyLearnedAt = Now.AddHours(-2) })).Code);
        Assert.Equal("coordinates_invalid", Assert.Throws<DomainException>(() => Report(facts: Facts() with { Longitude = null })).Code);
    }

    [Fact]
    public void Acknowledging_RecordsWhoAndWhen_Once()
    {
        var report = Report();
        Assert.True(report.Acknowledge(RecipientBody.Embassy("TH"), Embassy with { At = Now.AddMinutes(12) }));
        Assert.False(report.Acknowledge(RecipientBody.Embassy("TH"), Embassy with { At = Now.AddMinutes(20) }));
        var embassy = report.RecipientFor(RecipientBody.Embassy("TH"));
        Assert.Equal(TimeSpan.FromMinutes(12), embassy.TimeToAcknowledge);
        Assert.Equal("officer@embassy.test", embassy.AcknowledgedByName);
        Assert.Equal(DomainErrorKind.NotFound, Assert.Throws<DomainException>(() => report.Acknowledge(RecipientBody.Embassy("KR"), Embassy)).Kind);
    }

    [Fact]
    [Trait("Rule", "R23")]
    public void OnlyUnacknowledgedRecipientsPastTheLimit_AreOverdue_AndOnlyUntilEscalated()
    {
        var report = Report();
        report.Acknowledge(RecipientBody.Interior, Embassy with { At = Now.AddMinutes(5) });
        var allowed = TimeSpan.FromMinutes(30);
        Assert.Empty(report.OverdueRecipients(Now.AddMinutes(29), allowed));
        var overdue = report.OverdueRecipients(Now.AddMinutes(30), allowed);
        Assert.Equal(["embassy:TH", "ministry"], overdue.Select(r => r.BodyKey.Key));
        foreach (var recipient in overdue) report.EscalateOverdue(recipient, Now.AddMinutes(30), allowed);
        Assert.Empty(report.OverdueRecipients(Now.AddHours(5), allowed));
    }

    [Fact]
    [Trait("Rule", "R22")]
    public void TheAgencyConfirmingAnotherPartysReport_SetsWhenItLearned_WhichCanMakeItLate()
    {
        var report = Report(ReportSource.Embassy, Facts(lastContact: Now.AddHours(-40)) with { AgencyLearnedAt = null });
        Assert.Equal(AgencyPosition.Pending, report.AgencyPosition);
        report.RespondAsAgency(true, Now.AddHours(-30), "We knew.", Agency with { At = Now.AddHours(1) }, Day);
        Assert.True(report.IsLate);
        Assert.Equal(AgencyPosition.Confirmed, report.AgencyPosition);
        Assert.Equal("agency_already_responded", Assert.Throws<DomainException>(() => report.RespondAsAgency(false, null, "No.", Agency, Day)).Code);
    }

    [Fact]
    public void AgencyUpdates_ResetItsSilence()
    {
        var report = Report();
        var interval = TimeSpan.FromHours(72);
        Assert.True(report.AgencyUpdateOverdue(Now.AddHours(72), interval));
        report.PostUpdate(CaseParty.Embassy, "Police told.", Embassy with { At = Now.AddHours(70) });
        Assert.True(report.AgencyUpdateOverdue(Now.AddHours(72), interval));
        report.PostUpdate(CaseParty.Agency, "Still searching.", Agency with { At = Now.AddHours(71) });
        Assert.False(report.AgencyUpdateOverdue(Now.AddHours(72), interval));
    }

    [Fact]
    public void Resolving_ClosesTheCase_FreesTheWorkersSlot_AndRefusesEarlyReferralOrUnfoundedAgencyReports()
    {
        var report = Report();
        Assert.Equal("referral_too_early", Assert.Throws<DomainException>(() => report.Resolve(CaseResolution.StillMissingReferred, "x", Embassy with { At = Now.AddDays(29) }, 30)).Code);
        Assert.Equal("unfounded_only_for_family_reports", Assert.Throws<DomainException>(() => report.Resolve(CaseResolution.Unfounded, "x", Embassy, 30)).Code);
        report.Resolve(CaseResolution.StillMissingReferred, "Referred to MOI and NCCT.", Embassy with { At = Now.AddDays(30) }, 30);
        Assert.Equal(CaseStatus.Closed, report.Status);
        Assert.Null(report.OpenSlot);
        Assert.Equal("case_closed", Assert.Throws<DomainException>(() => report.PostUpdate(CaseParty.Agency, "late", Agency)).Code);
        Assert.Empty(report.OverdueRecipients(Now.AddDays(31), TimeSpan.FromMinutes(30)));
    }

    [Fact]
    public void AFamilyReport_StartsUnverified_AndOnlyItCanBeClosedAsUnfounded()
    {
        var report = Report(ReportSource.Family, Facts() with { AgencyLearnedAt = null }, new FamilyReporter("Chan", "+855 12 1", "Mother"));
        Assert.False(report.Verified);
        report.Resolve(CaseResolution.Unfounded, "She called home; never missing.", Embassy, 30);
        Assert.Equal(CaseResolution.Unfounded, report.Resolution);
    }

    [Fact]
    public void AWorkersSecondReport_IsRefusedNamingTheOpenCase_UnlessItIsTheSameReportSentAgain()
    {
        OneOpenCasePerWorker.EnsureMayReport("DC-2026-000001", sameReport: true);
        var refusal = Assert.Throws<DomainException>(() => OneOpenCasePerWorker.EnsureMayReport("DC-2026-000001", sameReport: false));
        Assert.Equal(("case_already_open", DomainErrorKind.Conflict, "DC-2026-000001"), (refusal.Code, refusal.Kind, refusal.Arguments.Single()));
    }
}
