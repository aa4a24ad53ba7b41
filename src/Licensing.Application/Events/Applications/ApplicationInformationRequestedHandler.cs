using Licensing.Application.Texts;
using Licensing.Domain.Applications;

namespace Licensing.Application.Events.Applications;

/// <summary>The agency reads what the officer asks of its application (the officer's words, as written).</summary>
public sealed class ApplicationInformationRequestedHandler(NotificationWriter notifications) : DomainEventHandler<ApplicationInformationRequested>
{
    public override Task HandleAsync(ApplicationInformationRequested requested, CancellationToken cancellationToken) =>
        notifications.ToAgencyAsync(requested.Application.AgencyId, new NoticeText(
            Catalogue.Both(Keys.ApplicationInformationTitle), requested.Message), requested.At, cancellationToken);
}
