using Licensing.Application.Common;
using Licensing.Application.Texts;
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
            Catalogue.Both(Keys.JobOrderApprovedTitle, offer.Occupation, offer.EmployerName),
            Catalogue.Both(Keys.JobOrderApprovedBody, offer.WorkersRequested, offer.Occupation, offer.EmployerName, country, order.DecisionNote)),
            approved.At, cancellationToken);
    }
}
