using Licensing.Domain.Common;
using Licensing.Domain.Documents;
using static Licensing.Domain.Common.Rule;

namespace Licensing.Domain.Inspections;

/// <summary>
/// A visit to one site of an agency (Prakas 250). Planned → Scheduled → InProgress → Completed →
/// Closed, or Completed with findings → CorrectiveActionsRequired → (evidence, follow-up) → Closed;
/// rescheduled or cancelled with a reason. Special inspections may be unannounced.
/// </summary>
public sealed class Inspection : AggregateRoot
{
    private readonly List<TeamMember> _team = [];
    private readonly List<InspectionAnswer> _answers = [];
    private readonly List<Finding> _findings = [];
    private readonly List<InspectionEvent> _events = [];
    private readonly List<InspectionPhoto> _photos = [];

    private Inspection() { }

    private Inspection(Guid agencyId, InspectionKind kind, InspectionSite site, DateOnly plannedFor, bool announced, int checklistVersion, Actor by)
    {
        AgencyId = agencyId;
        Kind = kind;
        Site = site;
        PlannedFor = plannedFor;
        Announced = announced;
        ChecklistVersion = checklistVersion;
        Status = InspectionStatus.Planned;
        _events.Add(new InspectionEvent(Id, InspectionStatus.Planned, InspectionStatus.Planned, null, by));
    }

    public Guid AgencyId { get; private set; }
    public InspectionKind Kind { get; private set; }
    public InspectionSite Site { get; private set; } = null!;
    public Guid? PlanId { get; private set; }
    public DateOnly PlannedFor { get; private set; }
    public DateOnly? ScheduledOn { get; private set; }
    public bool Announced { get; private set; }
    public int ChecklistVersion { get; private set; }
    public InspectionStatus Status { get; private set; }
    public Guid? ComplaintId { get; private set; }
    public Guid? FollowUpOf { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    public IReadOnlyList<TeamMember> Team => _team;
    public IReadOnlyList<InspectionAnswer> Answers => _answers;
    public IReadOnlyList<Finding> Findings => _findings;
    public IReadOnlyList<InspectionEvent> Events => _events;
    public IReadOnlyList<InspectionPhoto> Photos => _photos;

    public bool IsDone => IsDoneStatus(Status);

    /// <summary>The statuses of an inspection whose visit took place: what the plan's progress, the statistics and the next due date count.</summary>
    public static IReadOnlyList<InspectionStatus> DoneStatuses { get; } =
        [InspectionStatus.Completed, InspectionStatus.CorrectiveActionsRequired, InspectionStatus.Closed];

    public static bool IsDoneStatus(InspectionStatus status) => DoneStatuses.Contains(status);

    /// <summary>The statuses of a visit still to come: it may be scheduled (again) or cancelled.</summary>
    public static IReadOnlyList<InspectionStatus> UpcomingStatuses { get; } = [InspectionStatus.Planned, InspectionStatus.Scheduled];

    public bool IsUpcoming => UpcomingStatuses.Contains(Status);

    /// <summary>The statuses in which an unannounced visit is kept from the agency: it has not happened (and may never).</summary>
    public static IReadOnlyList<InspectionStatus> UnheldStatuses { get; } =
        [InspectionStatus.Planned, InspectionStatus.Scheduled, InspectionStatus.Cancelled];

    public static Inspection PlanOrdinary(Guid planId, Guid agencyId, InspectionSite site, DateOnly plannedFor, int checklistVersion, Actor by) =>
        new(agencyId, InspectionKind.Ordinary, site, plannedFor, announced: true, checklistVersion, by) { PlanId = planId };

    public static Inspection Special(Guid agencyId, InspectionSite site, DateOnly plannedFor, bool announced, Guid? complaintId, int checklistVersion, Actor by) =>
        new(agencyId, InspectionKind.Special, site, plannedFor, announced, checklistVersion, by) { ComplaintId = complaintId };

    public static Inspection FollowUpFor(Inspection original, DateOnly plannedFor, int checklistVersion, Actor by)
    {
        if (original.Status != InspectionStatus.CorrectiveActionsRequired)
        {
            throw new DomainException(ErrorCodes.NoCorrectiveActions);
        }
        return new(original.AgencyId, InspectionKind.FollowUp, original.Site, plannedFor, announced: true, checklistVersion, by) { FollowUpOf = original.Id };
    }

    /// <summary>The plan's proposal: a date and a team, still to be confirmed by scheduling.</summary>
    public void Propose(DateOnly date, IReadOnlyCollection<Inspector> team)
    {
        Require(Status == InspectionStatus.Planned, ErrorCodes.InspectionNotPlanned);
        PlannedFor = date;
        _team.Clear();
        _team.AddRange(team.Select(i => new TeamMember(Id, i.Id, i.Name)));
    }

    /// <summary>
    /// Sets the visit's date and team. An ordinary visit is announced: the agency gets the notice the setting gives
    /// (inspection.notice-days), so it is never scheduled sooner than that from today; special visits, announced or
    /// not, may be sooner.
    /// </summary>
    public void Schedule(DateOnly date, IReadOnlyCollection<Inspector> team, DateOnly today, int noticeDays, string? reason, Actor by)
    {
        Require(IsUpcoming, ErrorCodes.InspectionNotSchedulable);
        if (team.Count == 0) throw new DomainException(ErrorCodes.TeamEmpty, DomainErrorKind.Invalid);
        if (date < today) throw new DomainException(ErrorCodes.DateInPast, DomainErrorKind.Invalid);
        if (Kind == InspectionKind.Ordinary && Announced && date < today.AddDays(noticeDays))
        {
            var earliest = BilingualDate.Day(today.AddDays(noticeDays));
            throw new DomainException(ErrorCodes.NoticeTooShort, DomainErrorKind.Invalid, noticeDays, earliest, today.AddDays(noticeDays));
        }
        if (Status == InspectionStatus.Scheduled && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(ErrorCodes.RescheduleReasonMissing, DomainErrorKind.Invalid);
        }
        ScheduledOn = date;
        _team.Clear();
        _team.AddRange(team.DistinctBy(i => i.Id).Select(i => new TeamMember(Id, i.Id, i.Name)));
        Move(InspectionStatus.Scheduled, reason, by);
    }

    public void Cancel(string reason, Actor by)
    {
        Require(IsUpcoming, ErrorCodes.InspectionNotCancellable);
        Move(InspectionStatus.Cancelled, reason, by);
    }

    public void Start(Actor by)
    {
        Require(Status == InspectionStatus.Scheduled, ErrorCodes.InspectionNotScheduled);
        RequireTeamMember(by);
        Move(InspectionStatus.InProgress, null, by);
    }

    /// <summary>Saves one answer; sending the same answer again changes nothing, so a retried save is harmless.</summary>
    public void Answer(string itemCode, ChecklistAnswer answer, string note, Actor by)
    {
        Require(Status == InspectionStatus.InProgress, ErrorCodes.InspectionNotInProgress);
        RequireTeamMember(by);
        var existing = _answers.SingleOrDefault(a => a.ItemCode == itemCode);
        if (existing is null) _answers.Add(new InspectionAnswer(Id, itemCode, answer, note, by));
        else if (existing.Answer != answer || existing.Note != note) existing.Record(answer, note, by);
    }

    public InspectionPhoto AttachPhoto(string itemCode, StoredDocument file, Actor by)
    {
        Require(Status == InspectionStatus.InProgress, ErrorCodes.InspectionNotInProgress);
        RequireTeamMember(by);
        var photo = new InspectionPhoto(Id, itemCode, file, by);
        _photos.Add(photo);
        return photo;
    }

    /// <summary>
    /// Completes the visit once every item is answered; each non-compliant item must become a
    /// finding. With findings the agency must act (CorrectiveActionsRequired); without, it is Completed.
    /// </summary>
    public void Complete(IReadOnlyCollection<string> itemCodes, IReadOnlyCollection<FindingDraft> findings, Actor by)
    {
        Require(Status == InspectionStatus.InProgress, ErrorCodes.InspectionNotInProgress);
        RequireTeamMember(by);
        var unanswered = itemCodes.Where(code => _answers.All(a => a.ItemCode != code)).ToList();
        if (unanswered.Count > 0) throw new DomainException(ErrorCodes.ItemsUnanswered, DomainErrorKind.Invalid, string.Join(", ", unanswered));
        var nonCompliant = _answers.Where(a => a.Answer == ChecklistAnswer.NonCompliant).Select(a => a.ItemCode).Order().ToList();
        if (!nonCompliant.SequenceEqual(findings.Select(f => f.ItemCode).Order()))
        {
            throw new DomainException(ErrorCodes.FindingsMismatch, DomainErrorKind.Invalid, string.Join(", ", nonCompliant));
        }
        _findings.AddRange(findings.Select(f => new Finding(Id, f.ItemCode, f.Severity, f.Description, f.CorrectiveAction, f.DueOn)));
        CompletedAt = by.At;
        Move(InspectionStatus.Completed, null, by);
        if (_findings.Count > 0) Move(InspectionStatus.CorrectiveActionsRequired, null, by);
        if (_findings.Any(f => f.FlaggedForSanction)) Raise(new InspectionFoundCritical(this, by.At));
    }

    public void SubmitEvidence(Guid findingId, string note, StoredDocument? file, Actor by)
    {
        Require(Status == InspectionStatus.CorrectiveActionsRequired, ErrorCodes.NoCorrectiveActions);
        (_findings.SingleOrDefault(f => f.Id == findingId) ?? throw DomainException.NotFound()).SubmitEvidence(note, file, by.At);
    }

    /// <summary>A completed follow-up verifies each finding whose item it found compliant; when all are verified, this inspection closes.</summary>
    public void ApplyFollowUp(Inspection followUp, Actor by)
    {
        Require(followUp.FollowUpOf == Id && followUp.IsDone, ErrorCodes.FollowUpNotDone);
        foreach (var finding in _findings.Where(f => f.Status != FindingStatus.Verified))
        {
            if (followUp.Answers.Any(a => a.ItemCode == finding.ItemCode && a.Answer != ChecklistAnswer.NonCompliant)) finding.Verify(by.At);
        }
        if (Status == InspectionStatus.CorrectiveActionsRequired && _findings.All(f => f.Status == FindingStatus.Verified))
        {
            Move(InspectionStatus.Closed, "All corrective actions verified by the follow-up", by);
        }
    }

    public void Close(string? reason, Actor by)
    {
        Require(Status == InspectionStatus.Completed, ErrorCodes.InspectionNotCompleted);
        Move(InspectionStatus.Closed, reason, by);
    }

    /// <summary>Whether the agency may see it: never an unannounced visit before it has happened.</summary>
    public bool VisibleToAgency => Announced || !UnheldStatuses.Contains(Status);

    private void RequireTeamMember(Actor by)
    {
        if (_team.All(m => m.InspectorId != by.UserId)) throw new DomainException(ErrorCodes.NotOnTeam);
    }

    private void Move(InspectionStatus to, string? reason, Actor by)
    {
        _events.Add(new InspectionEvent(Id, Status, to, reason, by));
        Status = to;
    }
}

public sealed record FindingDraft(string ItemCode, FindingSeverity Severity, string Description, string CorrectiveAction, DateOnly DueOn);
