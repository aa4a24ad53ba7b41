using Licensing.Domain.Common;

namespace Licensing.Domain.Disappearances;

/// <summary>A worker was reported missing: every recipient body is alerted, and the agency too when somebody else reported.</summary>
public sealed record DisappearanceReported(DisappearanceCase Case) : IDomainEvent;

/// <summary>A recipient body acknowledged the case (not the reporter's own body, which counts as acknowledged at once).</summary>
public sealed record DisappearanceAcknowledged(DisappearanceCase Case, RecipientBody BodyKey, DateTimeOffset At) : IDomainEvent;

/// <summary>A party posted news on the case, or the agency confirmed or disputed a report made by others.</summary>
public sealed record DisappearanceUpdatePosted(DisappearanceCase Case, CaseUpdate Update) : IDomainEvent;

/// <summary>An MLVT officer verified a family's report.</summary>
public sealed record FamilyReportVerified(DisappearanceCase Case, Actor By) : IDomainEvent;

/// <summary>The case was closed with what became of the worker.</summary>
public sealed record DisappearanceResolved(DisappearanceCase Case) : IDomainEvent;

/// <summary>A recipient body did not acknowledge within the allowed minutes: MLVT is told and the body reminded.</summary>
public sealed record DisappearanceAcknowledgementOverdue(DisappearanceCase Case, CaseRecipient Recipient, int AllowedMinutes, DateTimeOffset At) : IDomainEvent;

/// <summary>The agency has posted nothing on an open case for the allowed hours (found by a sweep, once per silence).</summary>
public sealed record AgencySilentOnDisappearance(Guid CaseId, string Number, Guid AgencyId, DateTimeOffset LastAgencyUpdateAt, int AllowedHours, DateTimeOffset At) : IDomainEvent;

/// <summary>A family was given the PIN to follow its report: sent by SMS to the reporter's telephone, then forgotten.</summary>
public sealed record FamilyPinIssued(Guid CaseId, string Number, string Phone, string Pin, string Language, DateTimeOffset At) : IDomainEvent;
