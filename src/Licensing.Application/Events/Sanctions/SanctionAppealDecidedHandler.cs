using Licensing.Domain.Sanctions;

namespace Licensing.Application.Events.Sanctions;

/// <summary>The agency is told how its appeal was decided, and why.</summary>
public sealed class SanctionAppealDecidedHandler(NotificationWriter notifications) : DomainEventHandler<SanctionAppealDecided>
{
    public override Task HandleAsync(SanctionAppealDecided decided, CancellationToken cancellationToken)
    {
        var sanction = decided.Sanction;
        return notifications.ToAgencyAsync(sanction.AgencyId, "Appeal decided / បណ្តឹងឧទ្ធរណ៍ត្រូវបានសម្រេច",
            $"Your appeal against the {sanction.Kind} of {sanction.DecidedOn:yyyy-MM-dd} was {sanction.AppealOutcome}. Reason: {sanction.AppealDecisionReason}", decided.At, cancellationToken);
    }
}
