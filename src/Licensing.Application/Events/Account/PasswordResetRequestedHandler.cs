using Licensing.Application.Texts;
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
            Catalogue.Both(Keys.PasswordResetTitle), Catalogue.Both(Keys.PasswordResetBody, requested.Link)),
            requested.At, $"password-reset:{Guid.CreateVersion7()}", user?.Language);
    }
}
