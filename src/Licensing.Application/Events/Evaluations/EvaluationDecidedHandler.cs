using Licensing.Application.Common;
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
            "សេចក្តីសម្រេចលើការវាយតម្លៃ", "Evaluation decision",
            $"ការវាយតម្លៃតាមប្រកាស ២៥១ សម្រាប់រយៈពេលពី {evaluation.PeriodFrom:yyyy-MM-dd} ដល់ {evaluation.PeriodTo:yyyy-MM-dd} ត្រូវបានសម្រេច៖ {band.Km}, {outcome.Km}។",
            $"The Prakas 251 evaluation of {evaluation.PeriodFrom:yyyy-MM-dd} to {evaluation.PeriodTo:yyyy-MM-dd} is decided: {band.En}, {outcome.En}."),
            decided.At, cancellationToken);
    }

    private LocalizedText Name(Enum? value) => value is null ? new("-", "-") : names.Term(value);
}
