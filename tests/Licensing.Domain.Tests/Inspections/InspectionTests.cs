using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Inspections;

namespace Licensing.Domain.Tests.Inspections;

public sealed class InspectionTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly Inspector Dara = new(Guid.NewGuid(), "dara@mlvt");
    private static readonly Inspector Sophea = new(Guid.NewGuid(), "sophea@mlvt");
    private static readonly Actor Chief = new(Guid.NewGuid(), "chief@mlvt", new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero));
    private static readonly Actor AsDara = new(Dara.Id, Dara.Name, Chief.At);
    private static readonly string[] Items = ["licence-displayed", "passports-held-by-workers"];
    private static readonly InspectionSite HeadOffice = new(SiteKind.HeadOffice, null, "Street 1", "KH-12");
    private const int Notice = 7;

    private static Inspection Planned() => Inspection.PlanOrdinary(Guid.NewGuid(), Guid.NewGuid(), HeadOffice, Today.AddDays(10), 1, Chief);

    private static Inspection InProgress()
    {
        var inspection = Planned();
        inspection.Schedule(Today.AddDays(10), [Dara, Sophea], Today, Notice, null, Chief);
        inspection.Start(AsDara);
        return inspection;
    }

    [Fact]
    public void Schedule_SetsDateAndTeam()
    {
        var inspection = Planned();
        inspection.Schedule(Today.AddDays(7), [Dara, Sophea, Dara], Today, Notice, null, Chief);
        Assert.Equal(InspectionStatus.Scheduled, inspection.Status);
        Assert.Equal(Today.AddDays(7), inspection.ScheduledOn);
        Assert.Equal(2, inspection.Team.Count);
    }

    [Fact]
    public void Schedule_WithoutATeamOrInThePast_IsInvalid()
    {
        Assert.Equal(DomainErrorKind.Invalid, Assert.Throws<DomainException>(() => Planned().Schedule(Today.AddDays(1), [], Today, Notice, null, Chief)).Kind);
        Assert.Equal(DomainErrorKind.Invalid, Assert.Throws<DomainException>(() => Planned().Schedule(Today.AddDays(-1), [Dara], Today, Notice, null, Chief)).Kind);
    }

    [Fact]
    public void Reschedule_NeedsAReasonAndIsRecorded()
    {
        var inspection = Planned();
        inspection.Schedule(Today.AddDays(7), [Dara], Today, Notice, null, Chief);
        Assert.Throws<DomainException>(() => inspection.Schedule(Today.AddDays(9), [Dara], Today, Notice, null, Chief));
        inspection.Schedule(Today.AddDays(9), [Sophea], Today, Notice, "Agency closed for Pchum Ben", Chief);
        Assert.Equal(Today.AddDays(9), inspection.ScheduledOn);
        Assert.Equal("Agency closed for Pchum Ben", inspection.Events[^1].Reason);
    }

    [Fact]
    public void Cancel_FromPlannedOrScheduled_OnlyWithThoseStates()
    {
        var inspection = Planned();
        inspection.Cancel("Agency closed down", Chief);
        Assert.Equal(InspectionStatus.Cancelled, inspection.Status);
        Assert.Throws<DomainException>(() => InProgress().Cancel("x", Chief));
    }

    [Fact]
    public void Start_ByAnInspectorOutsideTheTeam_IsRefused()
    {
        var inspection = Planned();
        inspection.Schedule(Today.AddDays(10), [Sophea], Today, Notice, null, Chief);
        Assert.Equal("not_on_team", Assert.Throws<DomainException>(() => inspection.Start(AsDara)).Code);
    }

    [Fact]
    public void Answer_AgainWithTheSameValue_ChangesNothing()
    {
        var inspection = InProgress();
        inspection.Answer("licence-displayed", ChecklistAnswer.Compliant, "On the wall", AsDara);
        var saved = inspection.Answers.Single();
        var at = saved.AnsweredAt;
        inspection.Answer("licence-displayed", ChecklistAnswer.Compliant, "On the wall", AsDara with { At = Chief.At.AddMinutes(5) });
        Assert.Single(inspection.Answers);
        Assert.Equal(at, saved.AnsweredAt);
    }

    [Fact]
    [Trait("Rule", "R10")]
    public void Complete_WithUnansweredItems_IsInvalid()
    {
        var inspection = InProgress();
        inspection.Answer("licence-displayed", ChecklistAnswer.Compliant, "", AsDara);
        Assert.Equal("items_unanswered", Assert.Throws<DomainException>(() => inspection.Complete(Items, [], AsDara)).Code);
    }

    [Fact]
    public void Complete_AllCompliant_IsCompletedThenClosable()
    {
        var inspection = InProgress();
        inspection.Answer("licence-displayed", ChecklistAnswer.Compliant, "", AsDara);
        inspection.Answer("passports-held-by-workers", ChecklistAnswer.NotApplicable, "", AsDara);
        inspection.Complete(Items, [], AsDara);
        Assert.Equal(InspectionStatus.Completed, inspection.Status);
        inspection.Close(null, Chief);
        Assert.Equal(InspectionStatus.Closed, inspection.Status);
    }

    [Fact]
    [Trait("Rule", "R10")]
    public void Complete_EachNonCompliantItem_MustBecomeAFinding()
    {
        var inspection = InProgress();
        inspection.Answer("licence-displayed", ChecklistAnswer.Compliant, "", AsDara);
        inspection.Answer("passports-held-by-workers", ChecklistAnswer.NonCompliant, "12 passports in a drawer", AsDara);
        Assert.Equal("findings_mismatch", Assert.Throws<DomainException>(() => inspection.Complete(Items, [], AsDara)).Code);

        inspection.Complete(Items, [new("passports-held-by-workers", FindingSeverity.Critical, "Passports kept", "Return them", Today.AddDays(30))], AsDara);
        Assert.Equal(InspectionStatus.CorrectiveActionsRequired, inspection.Status);
        var finding = Assert.Single(inspection.Findings);
        Assert.True(finding.FlaggedForSanction);
        Assert.Throws<DomainException>(() => inspection.Close(null, Chief));
    }

    [Fact]
    [Trait("Rule", "R10")]
    public void FollowUp_VerifiesFindingsItFoundCompliant_AndClosesTheOriginal()
    {
        var original = InProgress();
        original.Answer("licence-displayed", ChecklistAnswer.Compliant, "", AsDara);
        original.Answer("passports-held-by-workers", ChecklistAnswer.NonCompliant, "", AsDara);
        original.Complete(Items, [new("passports-held-by-workers", FindingSeverity.Major, "Kept", "Return", Today.AddDays(30))], AsDara);
        original.SubmitEvidence(original.Findings[0].Id, "Returned with signatures", null, AsDara);
        Assert.Equal(FindingStatus.EvidenceSubmitted, original.Findings[0].Status);

        var followUp = Inspection.FollowUpFor(original, Today.AddDays(40), 1, Chief);
        Assert.Equal(original.Id, followUp.FollowUpOf);
        followUp.Schedule(Today.AddDays(40), [Dara], Today, Notice, null, Chief);
        followUp.Start(AsDara);
        followUp.Answer("licence-displayed", ChecklistAnswer.Compliant, "", AsDara);
        followUp.Answer("passports-held-by-workers", ChecklistAnswer.Compliant, "", AsDara);
        followUp.Complete(Items, [], AsDara);

        original.ApplyFollowUp(followUp, Chief);
        Assert.Equal(FindingStatus.Verified, original.Findings[0].Status);
        Assert.Equal(InspectionStatus.Closed, original.Status);
    }

    [Fact]
    public void FollowUp_OfAnInspectionWithoutFindings_IsRefused()
    {
        Assert.Throws<DomainException>(() => Inspection.FollowUpFor(Planned(), Today, 1, Chief));
    }

    [Fact]
    public void UnannouncedVisit_IsHiddenFromTheAgencyUntilItHappens()
    {
        var visit = Inspection.Special(Guid.NewGuid(), HeadOffice, Today.AddDays(3), announced: false, complaintId: Guid.NewGuid(), 1, Chief);
        Assert.False(visit.VisibleToAgency);
        visit.Schedule(Today.AddDays(3), [Dara], Today, Notice, null, Chief);
        Assert.False(visit.VisibleToAgency);
        visit.Start(AsDara);
        Assert.True(visit.VisibleToAgency);
        Assert.True(Planned().VisibleToAgency);
    }

    [Fact]
    [Trait("Rule", "R8")]
    public void AnnouncedOrdinaryVisit_SoonerThanTheNotice_IsRefusedWithTheEarliestDate()
    {
        var refused = Assert.Throws<DomainException>(() => Planned().Schedule(Today.AddDays(Notice - 1), [Dara], Today, Notice, null, Chief));
        Assert.Equal("notice_too_short", refused.Code);
        Assert.Contains("2026-11-29", Catalogue.Words(refused, "en"));
        Assert.Contains("២០២៦", Catalogue.Words(refused, "km"));
        var onTime = Planned();
        onTime.Schedule(Today.AddDays(Notice), [Dara], Today, Notice, null, Chief);
        Assert.Equal(InspectionStatus.Scheduled, onTime.Status);
    }

    [Fact]
    [Trait("Rule", "R8")]
    public void UnannouncedSpecialVisit_MayBeScheduledForToday()
    {
        var visit = Inspection.Special(Guid.NewGuid(), HeadOffice, Today, announced: false, complaintId: null, 1, Chief);
        visit.Schedule(Today, [Dara], Today, Notice, null, Chief);
        Assert.Equal(Today, visit.ScheduledOn);
    }
}
