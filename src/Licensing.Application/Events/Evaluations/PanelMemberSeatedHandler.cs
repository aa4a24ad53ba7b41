using Licensing.Domain.Evaluations;

namespace Licensing.Application.Events.Evaluations;

/// <summary>The member seated on a panel is told which evaluation to score.</summary>
public sealed class PanelMemberSeatedHandler(NotificationWriter notifications) : DomainEventHandler<PanelMemberSeated>
{
    public override Task HandleAsync(PanelMemberSeated seated, CancellationToken cancellationToken)
    {
        notifications.ToUser(seated.UserId, seated.Email,
            "You sit on an evaluation panel / អ្នកជាសមាជិកគណៈកម្មការវាយតម្លៃ",
            $"You were seated on a Prakas 251 evaluation panel for the period {seated.PeriodFrom:yyyy-MM-dd} to {seated.PeriodTo:yyyy-MM-dd}. Open /evaluations/{seated.EvaluationId} to score it.",
            seated.At);
        return Task.CompletedTask;
    }
}
