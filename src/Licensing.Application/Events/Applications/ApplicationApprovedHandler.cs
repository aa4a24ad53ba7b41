using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Application.Webhooks;
using Licensing.Domain.Applications;
using Licensing.Domain.Notifications;

namespace Licensing.Application.Events.Applications;

/// <summary>The agency is told that its application was approved, with the licence's number and expiry.</summary>
public sealed class ApplicationApprovedHandler(ILicensingDb db, ReferenceNames names, NotificationWriter notifications, WebhookPublisher webhooks) : DomainEventHandler<ApplicationApproved>
{
    public override async Task HandleAsync(ApplicationApproved approved, CancellationToken cancellationToken)
    {
        var application = approved.Application;
        var licence = (await db.Licences.FindAsync([application.LicenceId!.Value], cancellationToken))!;
        var kind = names.Term(application.Kind);
        await notifications.ToAgencyAsync(application.AgencyId, new NoticeText(
            Catalogue.Both(Keys.ApplicationApprovedTitle, licence.Number), Catalogue.Both(Keys.ApplicationApprovedBody, kind, licence.Number, licence.ExpiresOn)),
            approved.At, cancellationToken);
        await webhooks.PublishAsync(application.Kind == ApplicationKind.Renewal ? WebhookEventKind.LicenceRenewed : WebhookEventKind.LicenceIssued, approved.At, LicenceEventData.Of(licence), cancellationToken);
    }
}
