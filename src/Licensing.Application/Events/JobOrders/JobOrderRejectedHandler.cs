using Licensing.Domain.Workers;

namespace Licensing.Application.Events.JobOrders;

/// <summary>The agency is told that its job order was rejected, and why.</summary>
public sealed class JobOrderRejectedHandler(NotificationWriter notifications) : DomainEventHandler<JobOrderRejected>
{
    public override Task HandleAsync(JobOrderRejected rejected, CancellationToken cancellationToken)
    {
        var order = rejected.Order;
        return notifications.ToAgencyAsync(order.AgencyId, $"Job order rejected: {order.Offer.Occupation}, {order.Offer.EmployerName} / សំណើជ្រើសរើសពលករត្រូវបានបដិសេធ",
            order.DecisionNote ?? "", rejected.At, cancellationToken);
    }
}
