using Licensing.Domain.Common;

namespace Licensing.Domain.Evaluations;

/// <summary>A panel member was seated on an evaluation (raised by the use case, which knows the member's address).</summary>
public sealed record PanelMemberSeated(Guid EvaluationId, DateOnly PeriodFrom, DateOnly PeriodTo, Guid UserId, string Email, DateTimeOffset At) : IDomainEvent;

/// <summary>The evaluation was decided (reward, no action or sanction).</summary>
public sealed record EvaluationDecided(Evaluation Evaluation, DateTimeOffset At) : IDomainEvent;

/// <summary>The daily job opened the evaluations that fell due: the secretariat and the licensing officers are told, once per run's key.</summary>
public sealed record EvaluationsFellDue(IReadOnlyList<LocalizedText> AgencyNames, string Key, DateTimeOffset At) : IDomainEvent;
