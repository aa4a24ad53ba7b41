using Licensing.Domain.Complaints;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Inspections;
using Licensing.Domain.Licences;
using Licensing.Domain.Sanctions;

namespace Licensing.Application.Webhooks;

/// <summary>
/// The JSON body of every delivery to a subscription: the event's id (the same for every subscriber), its kind, when it
/// happened, and the record it is about, in the shape of its kind's family (one of the *EventData schemas).
/// </summary>
public sealed record WebhookEvent(Guid Id, string Kind, DateTimeOffset OccurredAt, object Data);

/// <summary>licence.*: the licence as it is after the event.</summary>
public sealed record LicenceEventData(Guid LicenceId, string Number, Guid AgencyId, LicenceStatus Status, DateOnly IssuedOn, DateOnly ExpiresOn, string? Reason)
{
    public static LicenceEventData Of(Licence l) => new(l.Id, l.Number, l.AgencyId, l.Status, l.IssuedOn, l.ExpiresOn, l.StatusReason);
}

/// <summary>sanction.*: the decision and, once decided, the appeal's outcome.</summary>
public sealed record SanctionEventData(Guid SanctionId, Guid AgencyId, SanctionKind Kind, SanctionStatus Status, DateOnly DecidedOn, DateOnly EffectiveFrom,
    DateOnly? EffectiveUntil, AppealOutcome? AppealOutcome)
{
    public static SanctionEventData Of(Sanction s) => new(s.Id, s.AgencyId, s.Kind, s.Status, s.DecidedOn, s.EffectiveFrom, s.EffectiveUntil, s.AppealOutcome);
}

/// <summary>inspection.critical_finding: the completed visit and the checklist items of its critical findings.</summary>
public sealed record InspectionEventData(Guid InspectionId, Guid AgencyId, InspectionKind Kind, InspectionStatus Status, DateTimeOffset? CompletedAt, IReadOnlyList<string> CriticalItems)
{
    public static InspectionEventData Of(Inspection i) =>
        new(i.Id, i.AgencyId, i.Kind, i.Status, i.CompletedAt, i.Findings.Where(f => f.FlaggedForSanction).Select(f => f.ItemCode).ToList());
}

/// <summary>
/// disappearance.*: the case; <see cref="Body"/> is the body that acknowledged, or whose acknowledgement is overdue. A family's
/// report of a migrant no agency registered has no agency and stays unverified until MLVT verifies it.
/// </summary>
public sealed record DisappearanceEventData(Guid CaseId, string Number, string CountryCode, Guid? AgencyId, CaseStatus Status, bool Verified, string? Body, CaseResolution? Resolution)
{
    public static DisappearanceEventData Of(DisappearanceCase c, RecipientBody? body = null) =>
        new(c.Id, c.Number, c.CountryCode, c.AgencyId, c.Status, c.Verified, body?.Key, c.Resolution);
}

/// <summary>complaint.*: the complaint without its complainant (no name, telephone, PIN or tracking code).</summary>
public sealed record ComplaintEventData(Guid ComplaintId, Guid? AgencyId, ComplaintStatus Status, DateTimeOffset ReceivedAt, ComplaintStatus? Outcome, DateTimeOffset? DecidedAt)
{
    public static ComplaintEventData Of(Complaint c) => new(c.Id, c.AgencyId, c.Status, c.ReceivedAt, c.Outcome, c.DecidedAt);
}
