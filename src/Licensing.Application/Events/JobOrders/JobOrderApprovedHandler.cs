using Licensing.Application.Common;
using Licensing.Domain.Workers;

namespace Licensing.Application.Events.JobOrders;

/// <summary>The agency is told that its job order was approved, with the officer's note.</summary>
public sealed class JobOrderApprovedHandler(ReferenceNames names, NotificationWriter notifications) : DomainEventHandler<JobOrderApproved>
{
    public override async Task HandleAsync(JobOrderApproved approved, CancellationToken cancellationToken)
    {
        var (order, offer) = (approved.Order, approved.Order.Offer);
        var country = await names.CountryAsync(offer.CountryCode, cancellationToken);
        await notifications.ToAgencyAsync(order.AgencyId, new NoticeText(
            $"សំណើជ្រើសរើសពលករត្រូវបានអនុម័ត៖ {offer.Occupation}, {offer.EmployerName}", $"Job order approved: {offer.Occupation}, {offer.EmployerName}",
            $"សំណើជ្រើសរើសពលករ {offer.WorkersRequested} នាក់ ({offer.Occupation}) នៅ {offer.EmployerName} ({country.Km}) ត្រូវបានអនុម័ត។ {order.DecisionNote}",
            $"The job order for {offer.WorkersRequested} {offer.Occupation} at {offer.EmployerName} ({country.En}) was approved. {order.DecisionNote}"),
            approved.At, cancellationToken);
    }
}
