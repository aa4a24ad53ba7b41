using Licensing.Domain.Applications;

namespace Licensing.Application.Events.Applications;

/// <summary>The agency reads what the officer asks of its application (the officer's words, as written).</summary>
public sealed class ApplicationInformationRequestedHandler(NotificationWriter notifications) : DomainEventHandler<ApplicationInformationRequested>
{
    public override Task HandleAsync(ApplicationInformationRequested requested, CancellationToken cancellationToken) =>
        notifications.ToAgencyAsync(requested.Application.AgencyId, new NoticeText(
            "ស្នើសុំព័ត៌មានបន្ថែមលើពាក្យស្នើសុំអាជ្ញាប័ណ្ណរបស់អ្នក", "Information requested on your licence application",
            requested.Message, requested.Message), requested.At, cancellationToken);
}
