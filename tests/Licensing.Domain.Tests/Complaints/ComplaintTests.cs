using Licensing.Domain.Common;
using Licensing.Domain.Complaints;

namespace Licensing.Domain.Tests.Complaints;

public sealed class ComplaintTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);
    private static readonly Actor Officer = new(Guid.NewGuid(), "officer@mlvt.test", Now);
    private static readonly Guid AgencyId = Guid.NewGuid();

    private static Complaint NewComplaint() => new(
        "C-7K3M-9QX2", "hash", AgencyId, null,
        new Complainant(FilerRole.Worker, null, null, "Sok Chanda", "+855 12 000 111", null, null, "KH-2", PreferredContact.Sms), false,
        new ComplaintAccount(ComplaintCategory.DocumentsKept, "They kept my passport.", "Phnom Penh", "October", "My passport back"),
        ComplaintDesk.Province, null, Now.AddDays(7), Now.AddDays(60), Officer);

    private static Actor At(int days) => Officer with { At = Now.AddDays(days) };

    private static Complaint Investigated()
    {
        var complaint = NewComplaint();
        complaint.Acknowledge(At(1));
        complaint.Investigate(Now.AddDays(15), At(1));
        return complaint;
    }

    [Fact]
    [Trait("Rule", "R24")]
    public void File_WithoutAgencyOrRecruiter_IsRejected() =>
        Assert.Equal("respondent_missing", Assert.Throws<DomainException>(() => new Complaint("C", "h", null, " ", NewComplaint().Complainant, false,
            NewComplaint().Account, ComplaintDesk.Province, null, Now, Now, Officer)).Code);

    [Fact]
    [Trait("Rule", "R24")]
    public void Acknowledge_Investigate_Conciliate_Resolve_Close_FollowsTheStates()
    {
        var complaint = Investigated();
        Assert.Equal(Now.AddDays(15), complaint.AgencyAnswerBy);
        complaint.AnswerAsAgency(AgencyId, "We returned the passport.", At(2));
        complaint.StartConciliation(At(3));
        complaint.Resolve(new Settlement(120m, true, false, "Refund of 120 USD and the passport returned."), At(4));
        complaint.RecordSettlementHonoured(true, At(10));
        complaint.Close(At(11));

        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
        Assert.True(complaint.SettlementHonoured);
        Assert.Equal(
            [ComplaintStatus.Received, ComplaintStatus.Acknowledged, ComplaintStatus.UnderInvestigation, ComplaintStatus.Conciliation, ComplaintStatus.Resolved, ComplaintStatus.Closed],
            complaint.Entries.Where(e => e.Kind == ComplaintEntryKind.StatusChanged).Select(e => e.Status));
    }

    [Fact]
    public void Investigate_BeforeAcknowledgement_IsRejected() =>
        Assert.Equal("complaint_not_acknowledged", Assert.Throws<DomainException>(() => NewComplaint().Investigate(Now, Officer)).Code);

    [Fact]
    public void Conciliation_AgainstAnUnknownRecruiter_IsRejected()
    {
        var complaint = NewComplaint();
        var unknown = new Complaint("C", "h", null, "A man in the village", complaint.Complainant, false, complaint.Account, ComplaintDesk.Ministry, null, Now, Now, Officer);
        unknown.Acknowledge(Officer);
        unknown.Investigate(Now, Officer);
        Assert.Null(unknown.AgencyAnswerBy);
        Assert.Equal("no_agency", Assert.Throws<DomainException>(() => unknown.StartConciliation(Officer)).Code);
    }

    [Fact]
    [Trait("Rule", "R24")]
    public void AgencyAnswer_ByAnotherAgency_IsNotFound() =>
        Assert.Equal(DomainErrorKind.NotFound, Assert.Throws<DomainException>(() => Investigated().AnswerAsAgency(Guid.NewGuid(), "x", Officer)).Kind);

    [Fact]
    public void Dismiss_WithoutReason_IsRejected_AndWithReasonDecides()
    {
        var complaint = NewComplaint();
        Assert.Equal("reason_missing", Assert.Throws<DomainException>(() => complaint.Dismiss(" ", Officer)).Code);
        complaint.Dismiss("Not about a recruitment agency.", Officer);
        Assert.Equal((ComplaintStatus.Dismissed, Now), (complaint.Status, complaint.DecidedAt));
        Assert.False(complaint.IsOpen);
    }

    [Fact]
    public void Refer_ToThePolice_CannotBeReopened()
    {
        var complaint = Investigated();
        complaint.Refer(ReferralTarget.PoliceOrNcct, "Signs of trafficking.", At(2));
        Assert.Equal("complaint_not_reopenable", Assert.Throws<DomainException>(() => complaint.Reopen("No news", 30, Now.AddDays(90), At(3))).Code);
    }

    [Fact]
    public void Reopen_WithinTheWindow_StartsTheInvestigationAgain_AfterItIsRefused()
    {
        var complaint = Investigated();
        complaint.Resolve(new Settlement(null, false, true, "Repatriation paid by the agency."), At(2));
        complaint.Close(At(3));
        Assert.Equal("reopen_window_passed", Assert.Throws<DomainException>(() => complaint.Reopen("Never repatriated.", 30, Now.AddDays(90), At(33))).Code);

        complaint.Reopen("Never repatriated.", 30, Now.AddDays(90), At(31));
        Assert.Equal((ComplaintStatus.UnderInvestigation, Now.AddDays(90), (DateTimeOffset?)null), (complaint.Status, complaint.ResolveBy, complaint.ClosedAt));
    }

    [Fact]
    public void Withdraw_IsOnlyForAnOpenComplaint()
    {
        var complaint = NewComplaint();
        complaint.Withdraw(null, Officer);
        Assert.Equal("complaint_not_open", Assert.Throws<DomainException>(() => complaint.Withdraw(null, Officer)).Code);
        complaint.Close(Officer);
        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
    }

    [Fact]
    public void WrongPins_LockTheComplaint_EvenForTheRightPin()
    {
        var complaint = NewComplaint();
        for (var i = 0; i < Complaint.MaxPinAttempts; i++) Assert.False(complaint.TryUnlock(false, Now));
        Assert.False(complaint.TryUnlock(true, Now.AddMinutes(1)));
        Assert.True(complaint.TryUnlock(true, Now + Complaint.PinLockout + TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void ALockedComplaint_IsRefusedUntilTheLockEnds_SayingUntilWhenInPhnomPenhTime()
    {
        var complaint = NewComplaint();
        complaint.EnsureNotLocked(Now);
        for (var i = 0; i < Complaint.MaxPinAttempts; i++) complaint.TryUnlock(false, Now);
        var refusal = Assert.Throws<DomainException>(() => complaint.EnsureNotLocked(Now.AddMinutes(1)));
        Assert.Equal(("complaint_locked", DomainErrorKind.Conflict), (refusal.Code, refusal.Kind));
        Assert.Equal([(Now + Complaint.PinLockout).ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)], refusal.Arguments);
        complaint.EnsureNotLocked(Now + Complaint.PinLockout);
    }

    [Fact]
    public void ARightPin_ClearsTheWrongOnesBeforeIt()
    {
        var complaint = NewComplaint();
        for (var i = 0; i < Complaint.MaxPinAttempts - 1; i++) complaint.TryUnlock(false, Now);
        Assert.True(complaint.TryUnlock(true, Now));
        for (var i = 0; i < Complaint.MaxPinAttempts - 1; i++) complaint.TryUnlock(false, Now);
        Assert.True(complaint.TryUnlock(true, Now));
    }

    [Fact]
    public void Rag_IsGreenThenAmberThenRed_AgainstTheNextDeadline()
    {
        var complaint = NewComplaint();
        Assert.Equal(DeadlineRag.Green, complaint.RagAt(Now));
        Assert.Equal(DeadlineRag.Amber, complaint.RagAt(Now.AddDays(5)));
        Assert.Equal(DeadlineRag.Red, complaint.RagAt(Now.AddDays(8)));
        complaint.Acknowledge(At(8));
        Assert.Equal((DeadlineRag.Green, 0), (complaint.RagAt(Now.AddDays(8)), complaint.EscalationLevel));
    }

    [Fact]
    [Trait("Rule", "R24")]
    public void Questions_ToTheAgency_AreSeenByTheAgency_NotesAreNot()
    {
        var complaint = Investigated();
        complaint.Write(ComplaintEntryKind.QuestionToAgency, "Where is the passport?", Officer);
        complaint.Write(ComplaintEntryKind.OfficerNote, "Called the complainant.", Officer);
        complaint.Write(ComplaintEntryKind.QuestionToComplainant, "When did you pay?", Officer);
        Assert.Equal(["Where is the passport?"], complaint.Entries.Where(e => e.VisibleToAgency && e.Kind != ComplaintEntryKind.StatusChanged).Select(e => e.Text));
        Assert.Equal(["When did you pay?"], complaint.Entries.Where(e => e.VisibleToComplainant && e.Kind != ComplaintEntryKind.StatusChanged).Select(e => e.Text));
    }

    [Theory]
    [InlineData(ComplaintCategory.WagesUnpaid, false, ComplaintDesk.Province)]
    [InlineData(ComplaintCategory.WagesUnpaid, true, ComplaintDesk.Ministry)]
    [InlineData(ComplaintCategory.AbuseOrViolence, false, ComplaintDesk.Ministry)]
    [InlineData(ComplaintCategory.JobDeception, false, ComplaintDesk.Ministry)]
    [Trait("Rule", "R25")]
    public void Routing_SendsToTheProvinceOrTheMinistry(ComplaintCategory category, bool ministryRequested, ComplaintDesk desk) =>
        Assert.Equal(desk, ComplaintRouting.DeskFor(category, ministryRequested));
}
