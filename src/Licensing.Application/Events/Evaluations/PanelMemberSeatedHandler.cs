using Licensing.Application.Texts;
using Licensing.Domain.Evaluations;

namespace Licensing.Application.Events.Evaluations;

/// <summary>The member seated on a panel is told which evaluation to score.</summary>
public sealed class PanelMemberSeatedHandler(NotificationWriter notifications) : DomainEventHandler<PanelMemberSeated>
{
    public override Task HandleAsync(PanelMemberSeated seated, CancellationToken cancellationToken) =>
        notifications.ToUsersAsync([seated.UserId], new NoticeText(
            Catalogue.Both(Keys.PanelSeatedTitle), Catalogue.Both(Keys.PanelSeatedBody, seated.PeriodFrom, seated.PeriodTo, seated.EvaluationId)),
            seated.At, cancellationToken);
}
