using Licensing.Domain.Common;

namespace Licensing.Domain.Complaints;

/// <summary>A complaint was received: its desk is told, Interior too when the recruiter is unlicensed, and the complainant by e-mail.</summary>
public sealed record ComplaintFiled(Complaint Complaint) : IDomainEvent;

/// <summary>The complainant's PIN was issued; it reaches their phone by SMS and is never stored in clear.</summary>
public sealed record ComplaintPinIssued(Guid ComplaintId, string TrackingCode, string Phone, string Pin, string Language, DateTimeOffset At) : IDomainEvent;

/// <summary>A supervisor gave the complaint to an officer.</summary>
public sealed record ComplaintAssigned(Complaint Complaint, Guid OfficerId, string OfficerName, DateTimeOffset At) : IDomainEvent;

/// <summary>The complaint moved on a step the complainant or the agency hears of (acknowledged, under investigation, in conciliation).</summary>
public sealed record ComplaintStepTaken(Complaint Complaint, ComplaintStatus Step, DateTimeOffset At) : IDomainEvent;

/// <summary>The handling officer asked the complainant or the agency a question.</summary>
public sealed record ComplaintQuestionAsked(Complaint Complaint, ComplaintEntryKind Kind, DateTimeOffset At) : IDomainEvent;

/// <summary>An officer resolved, referred or dismissed the complaint.</summary>
public sealed record ComplaintDecided(Complaint Complaint, DateTimeOffset At) : IDomainEvent;

/// <summary>An open complaint's deadline passed and its lateness reached a new level: 1 the desk's supervisor, 2 MLVT.</summary>
public sealed record ComplaintEscalated(Complaint Complaint, DateTimeOffset Due, int Level, DateTimeOffset At) : IDomainEvent;

/// <summary>The agency's answer is due within two days, or overdue (found by a sweep; written once each).</summary>
public sealed record ComplaintAnswerDue(Guid ComplaintId, string TrackingCode, Guid AgencyId, DateTimeOffset AnswerBy, DateTimeOffset At) : IDomainEvent;
