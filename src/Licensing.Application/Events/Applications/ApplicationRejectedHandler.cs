using Licensing.Domain.Applications;

namespace Licensing.Application.Events.Applications;

/// <summary>The agency is told that its application was rejected, and why (the officer's words, as written).</summary>
public sealed class ApplicationRejectedHandler(NotificationWriter notifications) : DomainEventHandler<ApplicationRejected>
{
    public override Task HandleAsync(ApplicationRejected rejected, CancellationToken cancellationToken) =>
        notifications.ToAgencyAsync(rejected.Application.AgencyId, new NoticeText(
            "ពាក្យស្នើសុំអាជ្ញាប័ណ្ណរបស់អ្នកត្រូវបានបដិសេធ", "Your licence application was rejected",
            rejected.Reason, rejected.Reason), rejected.At, cancellationToken);
}
