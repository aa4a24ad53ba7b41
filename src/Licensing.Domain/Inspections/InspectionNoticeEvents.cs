using Licensing.Domain.Common;

namespace Licensing.Domain.Inspections;

/// <summary>An officer scheduled a visit with its team (raised by the use case: accepting the plan's proposals tells nobody).</summary>
public sealed record InspectionScheduled(Inspection Inspection, IReadOnlyList<Inspector> Team, DateTimeOffset At) : IDomainEvent;

/// <summary>A scheduled visit is within one of the inspectors' reminder days (found by the daily sweep; written once per threshold).</summary>
public sealed record InspectionVisitApproaching(Guid InspectionId, DateOnly Date, int DaysLeft, int Threshold, InspectionSite Site, IReadOnlyList<Inspector> Team, DateTimeOffset At) : IDomainEvent;

/// <summary>An announced visit is within the notice the agency must be given (found by the daily sweep; written once).</summary>
public sealed record InspectionNoticeDue(Guid InspectionId, Guid AgencyId, DateOnly Date, InspectionSite Site, DateTimeOffset At) : IDomainEvent;

/// <summary>A corrective action is due soon, or overdue (found by the daily sweep; written once each).</summary>
public sealed record CorrectiveActionDue(Guid FindingId, Guid AgencyId, string CorrectiveAction, DateOnly DueOn, bool Overdue, DateTimeOffset At) : IDomainEvent;

/// <summary>A visit is past its date and not done (found by the daily sweep; written once per date).</summary>
public sealed record InspectionOverdue(Guid InspectionId, DateOnly Date, string Address, string ProvinceCode, DateTimeOffset At) : IDomainEvent;

/// <summary>The week's coverage of the year's plan, for the chief inspector (written once per ISO week: <see cref="Key"/>).</summary>
public sealed record InspectionCoverageSummarised(LocalizedText Subject, LocalizedText Body, string Key, DateTimeOffset At) : IDomainEvent;

/// <summary>A visit was completed with one or more critical findings, flagged for a sanction decision.</summary>
public sealed record InspectionFoundCritical(Inspection Inspection, DateTimeOffset At) : IDomainEvent;
