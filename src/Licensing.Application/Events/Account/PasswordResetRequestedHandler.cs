using Licensing.Application.Users;
using Licensing.Domain.Identity;

namespace Licensing.Application.Events.Account;

/// <summary>The reset link goes by e-mail in the user's language, keyed afresh each time (a second request is a second message).</summary>
public sealed class PasswordResetRequestedHandler(IUserDirectory directory, NotificationWriter notifications) : DomainEventHandler<PasswordResetRequested>
{
    public override async Task HandleAsync(PasswordResetRequested requested, CancellationToken cancellationToken)
    {
        var user = await directory.FindByEmailAsync(requested.Email, cancellationToken);
        notifications.ToAddress(requested.Email, new NoticeText(
            "កំណត់ពាក្យសម្ងាត់ Licensing ឡើងវិញ", "Reset your Licensing password",
            $"សូមបើកតំណនេះក្នុងរយៈពេល ២ ម៉ោង ដើម្បីជ្រើសរើសពាក្យសម្ងាត់ថ្មី។ ប្រសិនបើអ្នកមិនបានស្នើសុំទេ សូមកុំអើពើសារនេះ។\n{requested.Link}",
            $"Open this link within 2 hours to choose a new password. If you did not ask for it, ignore this message.\n{requested.Link}"),
            requested.At, $"password-reset:{Guid.CreateVersion7()}", user?.Language);
    }
}
