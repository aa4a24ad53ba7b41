using Licensing.Domain.Common;

namespace Licensing.Domain.Evaluations;

/// <summary>
/// When an agency's next evaluation falls due (R11, R34): one cycle (setting, 24 months) after the end of the previous
/// evaluation's period or, never evaluated, after its first licence was issued. The period evaluated runs from that
/// start to the day the evaluation opens. The daily job and the secretariat's list both read this one rule.
/// </summary>
public sealed record EvaluationCycle(DateOnly PeriodFrom, DateOnly DueOn, bool FirstEvaluation)
{
    public static EvaluationCycle For(DateOnly? previousPeriodEnd, DateOnly firstLicensedOn, int cycleMonths) =>
        new(previousPeriodEnd ?? firstLicensedOn, (previousPeriodEnd ?? firstLicensedOn).AddMonths(cycleMonths), previousPeriodEnd is null);

    /// <summary>
    /// At most one evaluation per cycle: after an evaluation, the next opens only once the cycle since its period's end
    /// has run. An agency never evaluated may be evaluated early, but never over an empty period.
    /// </summary>
    public bool MayOpenOn(DateOnly day) => day > PeriodFrom && (FirstEvaluation || day >= DueOn);

    public void EnsureMayOpenOn(DateOnly day)
    {
        if (MayOpenOn(day)) return;
        var next = FirstEvaluation ? PeriodFrom.AddDays(1) : DueOn;
        var on = BilingualDate.Day(next);
        throw new DomainException(ErrorCodes.EvaluationNotDue, DomainErrorKind.Conflict, on, next);
    }
}
