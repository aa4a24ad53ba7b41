using Licensing.Domain.Common;
using static Licensing.Domain.Common.Rule;

namespace Licensing.Domain.Sanctions;

/// <summary>What a decision-maker imposes; the amount is for a fine, the months for a suspension.</summary>
public sealed record SanctionTerms(SanctionKind Kind, decimal? FineAmountUsd, int? SuspensionMonths, string LegalBasis, string Reason, DateOnly EffectiveFrom);

/// <summary>
/// A penalty imposed on an agency, the single way penalties are applied whatever led to it
/// (Prakas 251 evaluation, an inspection finding, an upheld complaint). A suspension or revocation
/// changes the licence on its effective date; the agency may appeal until the deadline, and an
/// upheld appeal annuls the sanction.
/// </summary>
public sealed class Sanction : AggregateRoot
{
    private Sanction() { }

    private Sanction(Guid agencyId, SanctionSource source, Guid sourceId, SanctionTerms terms, DateOnly decidedOn, int appealDays, Actor by)
    {
        AgencyId = agencyId;
        Source = source;
        SourceId = sourceId;
        Kind = terms.Kind;
        FineAmountUsd = terms.Kind == SanctionKind.Fine ? terms.FineAmountUsd : null;
        SuspensionMonths = terms.Kind == SanctionKind.Suspension ? terms.SuspensionMonths : null;
        LegalBasis = terms.LegalBasis.Trim();
        Reason = terms.Reason.Trim();
        DecidedOn = decidedOn;
        EffectiveFrom = terms.EffectiveFrom;
        EffectiveUntil = terms.Kind == SanctionKind.Suspension ? terms.EffectiveFrom.AddMonths(terms.SuspensionMonths!.Value) : null;
        AppealDeadline = decidedOn.AddDays(appealDays);
        DecidedBy = by.Name;
        Status = ChangesLicence ? SanctionStatus.Decided : SanctionStatus.InEffect;
    }

    public Guid AgencyId { get; private set; }
    public SanctionSource Source { get; private set; }
    public Guid SourceId { get; private set; }
    public SanctionKind Kind { get; private set; }
    public decimal? FineAmountUsd { get; private set; }
    public int? SuspensionMonths { get; private set; }
    public string LegalBasis { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public DateOnly DecidedOn { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public DateOnly? EffectiveUntil { get; private set; }
    public DateOnly AppealDeadline { get; private set; }
    public string DecidedBy { get; private set; } = "";
    public SanctionStatus Status { get; private set; }
    public DateTimeOffset? AppliedAt { get; private set; }
    public string? AppliedNote { get; private set; }
    public DateTimeOffset? AppealLodgedAt { get; private set; }
    public string? AppealGrounds { get; private set; }
    public AppealOutcome? AppealOutcome { get; private set; }
    public string? AppealDecisionReason { get; private set; }
    public DateTimeOffset? AppealDecidedAt { get; private set; }

    public bool ChangesLicence => Kind is SanctionKind.Suspension or SanctionKind.Revocation;

    public static Sanction Impose(Guid agencyId, SanctionSource source, Guid sourceId, SanctionTerms terms, DateOnly today, int appealDays, Actor by)
    {
        if (terms.Kind == SanctionKind.Fine && terms.FineAmountUsd is not > 0)
        {
            throw new DomainException(ErrorCodes.FineAmountMissing, DomainErrorKind.Invalid);
        }
        if (terms.Kind == SanctionKind.Suspension && terms.SuspensionMonths is not > 0)
        {
            throw new DomainException(ErrorCodes.SuspensionMonthsMissing, DomainErrorKind.Invalid);
        }
        if (terms.EffectiveFrom < today)
        {
            throw new DomainException(ErrorCodes.EffectiveDatePast, DomainErrorKind.Invalid);
        }
        var sanction = new Sanction(agencyId, source, sourceId, terms, today, appealDays, by);
        sanction.Raise(new SanctionImposed(sanction, by.At));
        return sanction;
    }

    /// <summary>A suspension or revocation whose effective date has come and that the licence does not yet reflect.</summary>
    public bool IsDueToApply(DateOnly today) => Status == SanctionStatus.Decided && today >= EffectiveFrom;

    /// <summary>The licence now reflects the sanction; the note says so when it could not (e.g. the licence had expired).</summary>
    public void MarkApplied(string? note, DateTimeOffset at)
    {
        if (Status != SanctionStatus.Decided) throw new DomainException(ErrorCodes.SanctionNotPending);
        Status = SanctionStatus.InEffect;
        AppliedAt = at;
        AppliedNote = note;
    }

    public void LodgeAppeal(string grounds, DateOnly today, Actor by)
    {
        Require(Status != SanctionStatus.Annulled, ErrorCodes.SanctionAnnulled);
        Require(AppealLodgedAt is null, ErrorCodes.AppealLodged);
        Require(today <= AppealDeadline, ErrorCodes.AppealDeadlinePassed, DomainErrorKind.Conflict, AppealDeadline);
        AppealLodgedAt = by.At;
        AppealGrounds = grounds.Trim();
        Raise(new SanctionAppealed(this, by.At));
    }

    /// <summary>Returns true when the licence must be restored: the appeal was upheld and the sanction had changed it.</summary>
    public bool DecideAppeal(AppealOutcome outcome, string reason, Actor by)
    {
        Require(AppealLodgedAt is not null, ErrorCodes.NoAppeal);
        Require(AppealOutcome is null, ErrorCodes.AppealDecided);
        AppealOutcome = outcome;
        AppealDecisionReason = reason.Trim();
        AppealDecidedAt = by.At;
        Raise(new SanctionAppealDecided(this, by.At));
        if (outcome != Sanctions.AppealOutcome.Upheld) return false;
        var licenceChanged = ChangesLicence && Status == SanctionStatus.InEffect && AppliedNote is null;
        Status = SanctionStatus.Annulled;
        return licenceChanged;
    }
}
