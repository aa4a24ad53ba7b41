using Licensing.Domain.Applications;

namespace Licensing.Application.Events.Applications;

/// <summary>The agency is told that its application was rejected, and why.</summary>
public sealed class ApplicationRejectedHandler(NotificationWriter notifications) : DomainEventHandler<ApplicationRejected>
{
    public override Task HandleAsync(ApplicationRejected rejected, CancellationToken cancellationToken) =>
        notifications.ToAgencyAsync(rejected.Application.AgencyId,
            "Your licence application was rejected / ពាក្យស្នើសុំអាជ្ញាប័ណ្ណត្រូវបានបដិសេធ", rejected.Reason, rejected.At, cancellationToken);
}
