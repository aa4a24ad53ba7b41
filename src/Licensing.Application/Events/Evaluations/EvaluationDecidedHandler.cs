using Licensing.Domain.Evaluations;

namespace Licensing.Application.Events.Evaluations;

/// <summary>The agency is told the decision on its evaluation: its band and the outcome.</summary>
public sealed class EvaluationDecidedHandler(NotificationWriter notifications) : DomainEventHandler<EvaluationDecided>
{
    public override Task HandleAsync(EvaluationDecided decided, CancellationToken cancellationToken)
    {
        var evaluation = decided.Evaluation;
        return notifications.ToAgencyAsync(evaluation.AgencyId,
            "Evaluation decision / សេចក្តីសម្រេចលើការវាយតម្លៃ",
            $"The Prakas 251 evaluation of {evaluation.PeriodFrom:yyyy-MM-dd} to {evaluation.PeriodTo:yyyy-MM-dd} is decided: {evaluation.Band}, {evaluation.Outcome}.",
            decided.At, cancellationToken);
    }
}
