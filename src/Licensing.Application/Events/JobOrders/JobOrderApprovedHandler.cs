using Licensing.Domain.Workers;

namespace Licensing.Application.Events.JobOrders;

/// <summary>The agency is told that its job order was approved, with the officer's note.</summary>
public sealed class JobOrderApprovedHandler(NotificationWriter notifications) : DomainEventHandler<JobOrderApproved>
{
    public override Task HandleAsync(JobOrderApproved approved, CancellationToken cancellationToken)
    {
        var order = approved.Order;
        return notifications.ToAgencyAsync(order.AgencyId, $"Job order approved: {order.Offer.Occupation}, {order.Offer.EmployerName} / សំណើជ្រើសរើសពលករត្រូវបានអនុម័ត",
            $"The job order for {order.Offer.WorkersRequested} {order.Offer.Occupation} at {order.Offer.EmployerName} ({order.Offer.CountryCode}) was approved. {order.DecisionNote}",
            approved.At, cancellationToken);
    }
}
