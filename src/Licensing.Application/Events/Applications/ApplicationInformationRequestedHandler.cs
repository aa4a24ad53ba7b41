using Licensing.Domain.Applications;

namespace Licensing.Application.Events.Applications;

/// <summary>The agency reads what the officer asks of its application.</summary>
public sealed class ApplicationInformationRequestedHandler(NotificationWriter notifications) : DomainEventHandler<ApplicationInformationRequested>
{
    public override Task HandleAsync(ApplicationInformationRequested requested, CancellationToken cancellationToken) =>
        notifications.ToAgencyAsync(requested.Application.AgencyId,
            "Information requested on your licence application / ស្នើសុំព័ត៌មានបន្ថែម", requested.Message, requested.At, cancellationToken);
}
