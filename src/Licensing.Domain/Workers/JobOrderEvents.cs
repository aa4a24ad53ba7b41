using Licensing.Domain.Common;

namespace Licensing.Domain.Workers;

/// <summary>A licensing officer verified the work is legal and approved the job order.</summary>
public sealed record JobOrderApproved(JobOrder Order, DateTimeOffset At) : IDomainEvent;

/// <summary>A licensing officer rejected the job order, with the reason.</summary>
public sealed record JobOrderRejected(JobOrder Order, DateTimeOffset At) : IDomainEvent;
