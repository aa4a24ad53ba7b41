using Licensing.Domain.Common;

namespace Licensing.Domain.Applications;

/// <summary>The reviewing officer asked the agency for more information.</summary>
public sealed record ApplicationInformationRequested(LicenceApplication Application, string Message, DateTimeOffset At) : IDomainEvent;

/// <summary>The officer rejected the application, with the reason.</summary>
public sealed record ApplicationRejected(LicenceApplication Application, string Reason, DateTimeOffset At) : IDomainEvent;

/// <summary>The officer approved the application: a licence was issued or renewed.</summary>
public sealed record ApplicationApproved(LicenceApplication Application, DateTimeOffset At) : IDomainEvent;
