using Licensing.Application.Texts;
using Licensing.Domain.Workers;

namespace Licensing.Application.Events.JobOrders;

/// <summary>The agency is told that its job order was rejected, and why (the officer's words, as written).</summary>
public sealed class JobOrderRejectedHandler(NotificationWriter notifications) : DomainEventHandler<JobOrderRejected>
{
    public override Task HandleAsync(JobOrderRejected rejected, CancellationToken cancellationToken)
    {
        var (order, offer) = (rejected.Order, rejected.Order.Offer);
        return notifications.ToAgencyAsync(order.AgencyId, new NoticeText(
            Catalogue.Both(Keys.JobOrderRejectedTitle, offer.Occupation, offer.EmployerName), order.DecisionNote ?? ""), rejected.At, cancellationToken);
    }
}
