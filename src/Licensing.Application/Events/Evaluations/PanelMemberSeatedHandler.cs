using Licensing.Domain.Evaluations;

namespace Licensing.Application.Events.Evaluations;

/// <summary>The member seated on a panel is told which evaluation to score.</summary>
public sealed class PanelMemberSeatedHandler(NotificationWriter notifications) : DomainEventHandler<PanelMemberSeated>
{
    public override Task HandleAsync(PanelMemberSeated seated, CancellationToken cancellationToken) =>
        notifications.ToUsersAsync([seated.UserId], new NoticeText(
            "អ្នកជាសមាជិកគណៈកម្មការវាយតម្លៃ", "You sit on an evaluation panel",
            $"អ្នកត្រូវបានចាត់តាំងជាសមាជិកគណៈកម្មការវាយតម្លៃតាមប្រកាស ២៥១ សម្រាប់រយៈពេលពី {seated.PeriodFrom:yyyy-MM-dd} ដល់ {seated.PeriodTo:yyyy-MM-dd}។ សូមបើក /evaluations/{seated.EvaluationId} ដើម្បីដាក់ពិន្ទុ។",
            $"You were seated on a Prakas 251 evaluation panel for the period {seated.PeriodFrom:yyyy-MM-dd} to {seated.PeriodTo:yyyy-MM-dd}. Open /evaluations/{seated.EvaluationId} to score it."),
            seated.At, cancellationToken);
}
