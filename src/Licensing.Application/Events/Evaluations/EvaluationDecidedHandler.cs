using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Evaluations;

namespace Licensing.Application.Events.Evaluations;

/// <summary>The agency is told the decision on its evaluation: its band and the outcome.</summary>
public sealed class EvaluationDecidedHandler(ReferenceNames names, NotificationWriter notifications) : DomainEventHandler<EvaluationDecided>
{
    public override Task HandleAsync(EvaluationDecided decided, CancellationToken cancellationToken)
    {
        var evaluation = decided.Evaluation;
        var (band, outcome) = (Name(evaluation.Band), Name(evaluation.Outcome));
        return notifications.ToAgencyAsync(evaluation.AgencyId, new NoticeText(
            Catalogue.Both(Keys.EvaluationDecidedTitle), Catalogue.Both(Keys.EvaluationDecidedBody, evaluation.PeriodFrom, evaluation.PeriodTo, band, outcome)),
            decided.At, cancellationToken);
    }

    private LocalizedText Name(Enum? value) => value is null ? new("-", "-") : names.Term(value);
}
