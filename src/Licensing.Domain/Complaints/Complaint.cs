using Licensing.Domain.Common;
using Licensing.Domain.Documents;
using static Licensing.Domain.Common.Rule;

namespace Licensing.Domain.Complaints;

/// <summary>
/// A complaint under Prakas 249. Received → Acknowledged → UnderInvestigation → Conciliation →
/// Resolved | Referred | Dismissed, or Withdrawn by the complainant, then Closed; the complainant
/// may reopen a decided complaint within a set number of days. Found by its tracking code and a
/// secret PIN, of which only a hash is kept; repeated wrong PINs lock it for a while.
/// </summary>
public sealed partial class Complaint : AggregateRoot, IPinProtected
{
    public const int MaxPinAttempts = PinAttempts.MaxAttempts;
    public static readonly TimeSpan PinLockout = PinAttempts.Lockout;

    private readonly List<ComplaintEntry> _entries = [];
    private readonly List<ComplaintEvidence> _evidence = [];

    private Complaint() { }

    public Complaint(
        string trackingCode, string pinHash, Guid? agencyId, string? unlicensedRecruiter, Complainant complainant, bool identitySharedWithAgency,
        ComplaintAccount account, ComplaintDesk desk, Guid? filedByUserId, DateTimeOffset acknowledgeBy, DateTimeOffset resolveBy, Actor by)
    {
        if (agencyId is null && string.IsNullOrWhiteSpace(unlicensedRecruiter))
        {
            throw new DomainException(ErrorCodes.RespondentMissing, DomainErrorKind.Invalid);
        }
        TrackingCode = trackingCode;
        PinHash = pinHash;
        AgencyId = agencyId;
        UnlicensedRecruiter = agencyId is null ? unlicensedRecruiter!.Trim() : null;
        Complainant = complainant;
        IdentitySharedWithAgency = identitySharedWithAgency;
        Account = account;
        Desk = desk;
        FiledByUserId = filedByUserId;
        ReceivedAt = by.At;
        AcknowledgeBy = acknowledgeBy;
        ResolveBy = resolveBy;
        Status = ComplaintStatus.Received;
        _entries.Add(new ComplaintEntry(Id, ComplaintEntryKind.StatusChanged, "", Status, by));
        Raise(new ComplaintFiled(this));
    }

    public string TrackingCode { get; private set; } = "";
    public string PinHash { get; private set; } = "";
    public int FailedPinAttempts { get; private set; }
    public DateTimeOffset? PinLockedUntil { get; private set; }
    public Guid? AgencyId { get; private set; }
    public string? UnlicensedRecruiter { get; private set; }
    public Complainant Complainant { get; private set; } = null!;
    public bool IdentitySharedWithAgency { get; private set; }
    public ComplaintAccount Account { get; private set; } = null!;
    public ComplaintDesk Desk { get; private set; }
    public Guid? FiledByUserId { get; private set; }
    public Guid? AssignedOfficerId { get; private set; }
    public string? AssignedOfficerName { get; private set; }
    public ComplaintStatus Status { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public DateTimeOffset AcknowledgeBy { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    public DateTimeOffset ResolveBy { get; private set; }
    public DateTimeOffset? AgencyAnswerBy { get; private set; }
    public DateTimeOffset? AgencyAnsweredAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? DecisionReason { get; private set; }

    /// <summary>Resolved, Referred, Dismissed or Withdrawn: what was decided, still known once the complaint is closed.</summary>
    public ComplaintStatus? Outcome { get; private set; }
    public ReferralTarget? ReferredTo { get; private set; }
    public Settlement? Settlement { get; private set; }
    public bool? SettlementHonoured { get; private set; }
    public SanctionProposal? SanctionProposal { get; private set; }

    /// <summary>How far the current deadline's lateness has been reported: 0 none, 1 the supervisor, 2 MLVT.</summary>
    public int EscalationLevel { get; private set; }

    public IReadOnlyList<ComplaintEntry> Entries => _entries;
    public IReadOnlyList<ComplaintEvidence> Evidence => _evidence;

    public bool IsOpen => IsOpenStatus(Status);

    /// <summary>The deadline the complaint now runs against: acknowledgement while received, then resolution; none once decided.</summary>
    public DateTimeOffset? NextDeadline => DeadlineFor(Status, AcknowledgeBy, ResolveBy);

    public DeadlineRag RagAt(DateTimeOffset now) => RagOf(NextDeadline, now);

    /// <summary>The statuses of a complaint still being handled; the open-complaint index and statistics triggers use the same set.</summary>
    public static IReadOnlyList<ComplaintStatus> OpenStatuses { get; } =
        [ComplaintStatus.Received, ComplaintStatus.Acknowledged, ComplaintStatus.UnderInvestigation, ComplaintStatus.Conciliation];

    public static bool IsOpenStatus(ComplaintStatus status) => OpenStatuses.Contains(status);

    public static DateTimeOffset? DeadlineFor(ComplaintStatus status, DateTimeOffset acknowledgeBy, DateTimeOffset resolveBy) =>
        status == ComplaintStatus.Received ? acknowledgeBy : IsOpenStatus(status) ? resolveBy : null;

    /// <summary>Red once the deadline has passed, amber in its last three days, green otherwise.</summary>
    public static DeadlineRag RagOf(DateTimeOffset? due, DateTimeOffset now) => due switch
    {
        null => DeadlineRag.Green,
        { } d when now > d => DeadlineRag.Red,
        { } d when d - now <= TimeSpan.FromDays(3) => DeadlineRag.Amber,
        _ => DeadlineRag.Green,
    };

    public bool AgencyAnswerOverdue(DateTimeOffset now) => IsOpen && AgencyAnsweredAt is null && AgencyAnswerBy < now;

    /// <summary>Checks a PIN attempt; after <see cref="MaxPinAttempts"/> wrong ones the complaint stays locked for <see cref="PinLockout"/>, right PIN or not.</summary>
    public bool TryUnlock(bool pinMatches, DateTimeOffset now)
    {
        (FailedPinAttempts, PinLockedUntil) = new PinAttempts(FailedPinAttempts, PinLockedUntil).After(pinMatches, now, out var opened);
        return opened;
    }

    /// <summary>Refuses, saying until when (Phnom Penh time), while wrong PINs keep the complaint locked.</summary>
    public void EnsureNotLocked(DateTimeOffset now) => PinAttempts.EnsureNotLocked(PinLockedUntil, now, ErrorCodes.ComplaintLocked);

    public void AddEvidence(StoredDocument file, Actor by)
    {
        Require(IsOpen, ErrorCodes.ComplaintNotOpen);
        _evidence.Add(new ComplaintEvidence(Id, file, by));
    }

    public void Assign(Guid officerId, string officerName, Actor by)
    {
        Require(IsOpen, ErrorCodes.ComplaintNotOpen);
        AssignedOfficerId = officerId;
        AssignedOfficerName = officerName;
        _entries.Add(new ComplaintEntry(Id, ComplaintEntryKind.OfficerNote, $"Assigned to {officerName}", Status, by));
        Raise(new ComplaintAssigned(this, officerId, officerName, by.At));
    }

    /// <summary>Reports the lateness of the deadline <paramref name="due"/> at <paramref name="level"/>, once.</summary>
    public void Escalate(int level, DateTimeOffset due, DateTimeOffset at)
    {
        if (level <= EscalationLevel) return;
        EscalationLevel = level;
        Raise(new ComplaintEscalated(this, due, level, at));
    }

    private void Move(ComplaintStatus to, string reason, Actor by)
    {
        Status = to;
        _entries.Add(new ComplaintEntry(Id, ComplaintEntryKind.StatusChanged, reason, to, by));
    }
}
