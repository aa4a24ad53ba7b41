using System.Security.Cryptography;
using Licensing.Domain.Calendar;
using Licensing.Domain.Common;

namespace Licensing.Domain.Disappearances;

/// <summary>
/// A deployed worker reported missing (Sub-Decree 190 Art. 31/32). The embassy in the receiving
/// country, the Ministry of Interior and MLVT are recipients, each acknowledging on its own; every
/// party posts updates, the agency at least every few days; the case closes with a resolution.
/// A worker has at most one open case. A family may report a migrant no agency registered: the case then
/// holds the family's description of the person instead of a worker, deployment and agency. The family
/// follows its report with the case number and a PIN (<see cref="IPinProtected"/>).
/// </summary>
public sealed partial class DisappearanceCase : AggregateRoot, IPinProtected
{
    private const string NumberAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private readonly List<CaseRecipient> _recipients = [];
    private readonly List<CaseUpdate> _updates = [];

    private DisappearanceCase() { }

    private DisappearanceCase(Guid? workerId, Guid? deploymentId, Guid? agencyId, string countryCode, ReportSource source, DisappearanceFacts facts, Actor by)
    {
        Number = NewNumber(PhnomPenh.DateOf(by.At).Year);
        WorkerId = workerId;
        DeploymentId = deploymentId;
        AgencyId = agencyId;
        CountryCode = countryCode;
        Source = source;
        Facts = facts;
        ReportedAt = by.At;
        ReportedByUserId = by.UserId;
        ReportedByName = by.Name;
        Status = CaseStatus.Open;
        OpenSlot = workerId?.ToString();
        AgencyPosition = source == ReportSource.Agency ? AgencyPosition.Confirmed : AgencyPosition.Pending;
        Verified = source != ReportSource.Family;
        LastAgencyUpdateAt = by.At;
    }

    /// <summary>A short number to read over the telephone, e.g. MW-2026-7K3M9QX2.</summary>
    public string Number { get; private set; } = "";
    /// <summary>The registered worker, their deployment and agency; all null for an unregistered migrant.</summary>
    public Guid? WorkerId { get; private set; }
    public Guid? DeploymentId { get; private set; }
    public Guid? AgencyId { get; private set; }

    /// <summary>The family's description of a migrant no agency registered; null when the case names a worker.</summary>
    public MissingPerson? Person { get; private set; }
    public string CountryCode { get; private set; } = "";
    public ReportSource Source { get; private set; }
    public DisappearanceFacts Facts { get; private set; } = null!;
    public FamilyReporter? Family { get; private set; }
    public DateTimeOffset ReportedAt { get; private set; }
    public Guid? ReportedByUserId { get; private set; }
    public string ReportedByName { get; private set; } = "";

    /// <summary>Reported more than the allowed hours after the agency learned of the disappearance.</summary>
    public bool IsLate { get; private set; }
    public AgencyPosition AgencyPosition { get; private set; }

    /// <summary>False for a family report until an officer has checked it.</summary>
    public bool Verified { get; private set; }
    public string? VerifiedByName { get; private set; }
    public CaseStatus Status { get; private set; }

    /// <summary>The worker's id while the case is open: a unique index allows one open case per worker.</summary>
    public string? OpenSlot { get; private set; }
    public DateTimeOffset LastAgencyUpdateAt { get; private set; }
    public CaseResolution? Resolution { get; private set; }
    public string? ResolutionNote { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosedByName { get; private set; }

    public bool IsUnregistered => WorkerId is null;

    /// <summary>The reporter's Idempotency-Key, qualified by who sent it: a retried report finds this case.</summary>
    public string? IdempotencyKey { get; private set; }

    public IReadOnlyList<CaseRecipient> Recipients => _recipients;
    public IReadOnlyList<CaseUpdate> Updates => _updates;

    /// <summary>The keys of the bodies told of the case.</summary>
    public IReadOnlyList<RecipientBody> RecipientBodies => _recipients.Select(r => r.BodyKey).ToList();

    public static DisappearanceCase Report(
        Guid workerId, Guid deploymentId, Guid agencyId, string countryCode, ReportSource source, DisappearanceFacts facts,
        Actor by, TimeSpan lateAfter, string? idempotencyKey, FamilyReporter? family = null)
    {
        CheckFacts(facts, by.At);
        if (source == ReportSource.Agency && facts.AgencyLearnedAt is null)
        {
            throw new DomainException(ErrorCodes.LearnedAtMissing, DomainErrorKind.Invalid);
        }
        if ((source == ReportSource.Family) != (family is not null))
        {
            throw new DomainException(ErrorCodes.FamilyReporterMismatch, DomainErrorKind.Invalid);
        }
        var report = new DisappearanceCase(workerId, deploymentId, agencyId, countryCode, source, facts, by)
        {
            Family = family,
            IdempotencyKey = idempotencyKey,
        };
        report.IsLate = IsLateReport(facts.AgencyLearnedAt, by.At, lateAfter);
        report.AlertRecipients(by.At);
        return report;
    }

    /// <summary>The reporter's own body counts as having acknowledged the case it reported; nobody is told.</summary>
    public void AcknowledgeAsReporter(RecipientBody bodyKey, Actor by) => RecipientFor(bodyKey).Acknowledge(by);

    public CaseRecipient RecipientFor(RecipientBody bodyKey) =>
        _recipients.SingleOrDefault(r => r.BodyKey == bodyKey)
        ?? throw new DomainException(ErrorCodes.NotARecipient, DomainErrorKind.NotFound);

    /// <summary>The body acknowledges; a second acknowledgement changes nothing and returns false.</summary>
    public bool Acknowledge(RecipientBody bodyKey, Actor by)
    {
        var changed = RecipientFor(bodyKey).Acknowledge(by);
        if (changed) Raise(new DisappearanceAcknowledged(this, bodyKey, by.At));
        return changed;
    }

    /// <summary>An officer's or the agency's news; <paramref name="sharedWithFamily"/> shows it to the reporting family too.</summary>
    public CaseUpdate PostUpdate(CaseParty party, string text, Actor by, bool sharedWithFamily = false)
    {
        RequireOpen();
        if (party == CaseParty.Family) throw new DomainException(ErrorCodes.FamilyReporterMismatch, DomainErrorKind.Invalid);
        return AddUpdate(party, UpdateKind.Note, text, by, sharedWithFamily && Source == ReportSource.Family);
    }

    /// <summary>The agency confirms a case somebody else opened (saying when it learned of it), or disputes it.</summary>
    public CaseUpdate RespondAsAgency(bool confirmed, DateTimeOffset? learnedAt, string text, Actor by, TimeSpan lateAfter)
    {
        RequireOpen();
        if (AgencyPosition != AgencyPosition.Pending)
        {
            throw new DomainException(ErrorCodes.AgencyAlreadyResponded);
        }
        if (confirmed)
        {
            if (learnedAt is null || learnedAt > by.At || learnedAt < Facts.LastContactAt)
            {
                throw new DomainException(ErrorCodes.LearnedAtInvalid, DomainErrorKind.Invalid);
            }
            Facts = Facts with { AgencyLearnedAt = learnedAt };
            IsLate = IsLateReport(learnedAt, ReportedAt, lateAfter);
        }
        AgencyPosition = confirmed ? AgencyPosition.Confirmed : AgencyPosition.Disputed;
        return AddUpdate(CaseParty.Agency, confirmed ? UpdateKind.AgencyConfirmed : UpdateKind.AgencyDisputed, text, by);
    }

    public void Resolve(CaseResolution resolution, string note, Actor by, int referralDays)
    {
        RequireOpen();
        if (resolution == CaseResolution.StillMissingReferred && by.At - ReportedAt < TimeSpan.FromDays(referralDays))
        {
            throw new DomainException(ErrorCodes.ReferralTooEarly, DomainErrorKind.Conflict, referralDays);
        }
        if (resolution == CaseResolution.Unfounded && Source != ReportSource.Family)
        {
            throw new DomainException(ErrorCodes.UnfoundedOnlyForFamilyReports, DomainErrorKind.Invalid);
        }
        Status = CaseStatus.Closed;
        OpenSlot = null;
        Resolution = resolution;
        ResolutionNote = note;
        ClosedAt = by.At;
        ClosedByName = by.Name;
        Raise(new DisappearanceResolved(this));
    }

    /// <summary>The recipients that have not acknowledged in time and were not yet escalated.</summary>
    public IReadOnlyList<CaseRecipient> OverdueRecipients(DateTimeOffset now, TimeSpan allowed) =>
        Status == CaseStatus.Open ? _recipients.Where(r => r.IsOverdue(now, allowed)).ToList() : [];

    /// <summary>Marks the recipient escalated, once, and raises the escalation.</summary>
    public void EscalateOverdue(CaseRecipient recipient, DateTimeOffset at, TimeSpan allowed)
    {
        if (!_recipients.Contains(recipient) || recipient.EscalatedAt is not null) return;
        recipient.MarkEscalated(at);
        Raise(new DisappearanceAcknowledgementOverdue(this, recipient, (int)allowed.TotalMinutes, at));
    }

    /// <summary>Whether the agency has been silent longer than it may be while the case is open.</summary>
    public bool AgencyUpdateOverdue(DateTimeOffset now, TimeSpan interval) => Status == CaseStatus.Open && now - LastAgencyUpdateAt >= interval;

    private void AlertRecipients(DateTimeOffset at)
    {
        foreach (var kind in Enum.GetValues<RecipientKind>())
        {
            _recipients.Add(new CaseRecipient(Id, kind, CountryCode, at));
        }
        Raise(new DisappearanceReported(this));
    }

    private CaseUpdate AddUpdate(CaseParty party, UpdateKind kind, string text, Actor by, bool sharedWithFamily = false)
    {
        var update = new CaseUpdate(Id, party, kind, text, by, sharedWithFamily);
        _updates.Add(update);
        if (party == CaseParty.Agency) LastAgencyUpdateAt = by.At;
        Raise(new DisappearanceUpdatePosted(this, update));
        return update;
    }

    private void RequireOpen()
    {
        if (Status != CaseStatus.Open) throw new DomainException(ErrorCodes.CaseClosed);
    }

    private static bool IsLateReport(DateTimeOffset? learnedAt, DateTimeOffset reportedAt, TimeSpan lateAfter) =>
        learnedAt is { } learned && reportedAt - learned > lateAfter;

    private static void CheckFacts(DisappearanceFacts facts, DateTimeOffset now)
    {
        if (facts.LastContactAt > now || facts.AgencyLearnedAt > now)
        {
            throw new DomainException(ErrorCodes.TimeInFuture, DomainErrorKind.Invalid);
        }
        if (facts.AgencyLearnedAt < facts.LastContactAt)
        {
            throw new DomainException(ErrorCodes.LearnedBeforeLastContact, DomainErrorKind.Invalid);
        }
        if ((facts.Latitude is null) != (facts.Longitude is null)
            || facts.Latitude is < -90 or > 90 || facts.Longitude is < -180 or > 180)
        {
            throw new DomainException(ErrorCodes.CoordinatesInvalid, DomainErrorKind.Invalid);
        }
    }

    /// <summary>A case number as a person typed it, in the stored form: upper case, with or without the dashes; "" when it cannot be one.</summary>
    public static string NormalizeNumber(string? typed)
    {
        var chars = new string((typed ?? "").ToUpperInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
        return chars.Length == 14 && chars.StartsWith("MW", StringComparison.Ordinal) ? $"MW-{chars[2..6]}-{chars[6..]}" : "";
    }

    private static string NewNumber(int year) =>
        $"MW-{year}-" + string.Concat(RandomNumberGenerator.GetBytes(8).Select(b => NumberAlphabet[b % NumberAlphabet.Length]));
}
