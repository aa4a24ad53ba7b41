using Licensing.Domain.Identity;

namespace Licensing.Application.Events.Account;

/// <summary>The reset link goes by e-mail, keyed afresh each time (a second request is a second message).</summary>
public sealed class PasswordResetRequestedHandler(NotificationWriter notifications) : DomainEventHandler<PasswordResetRequested>
{
    public override Task HandleAsync(PasswordResetRequested requested, CancellationToken cancellationToken)
    {
        notifications.ToAddress(requested.Email, "Reset your Licensing password / កំណត់ពាក្យសម្ងាត់ឡើងវិញ",
            $"Open this link within 2 hours to choose a new password. If you did not ask for it, ignore this message.\n{requested.Link}",
            requested.At, $"password-reset:{Guid.CreateVersion7()}");
        return Task.CompletedTask;
    }
}
