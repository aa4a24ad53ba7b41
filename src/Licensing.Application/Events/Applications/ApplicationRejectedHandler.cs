using Licensing.Application.Texts;
using Licensing.Domain.Applications;

namespace Licensing.Application.Events.Applications;

/// <summary>The agency is told that its application was rejected, and why (the officer's words, as written).</summary>
public sealed class ApplicationRejectedHandler(NotificationWriter notifications) : DomainEventHandler<ApplicationRejected>
{
    public override Task HandleAsync(ApplicationRejected rejected, CancellationToken cancellationToken) =>
        notifications.ToAgencyAsync(rejected.Application.AgencyId, new NoticeText(
            Catalogue.Both(Keys.ApplicationRejectedTitle), rejected.Reason), rejected.At, cancellationToken);
}
