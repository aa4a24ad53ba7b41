using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Application.Users;
using Licensing.Domain.Identity;

namespace Licensing.Application.Events.Account;

/// <summary>The new user learns of their account and its role, in the language they were given (the account is saved with this notice, so it is not looked up).</summary>
public sealed class UserAccountCreatedHandler(ReferenceNames names, NotificationWriter notifications) : DomainEventHandler<UserAccountCreated>
{
    public override Task HandleAsync(UserAccountCreated created, CancellationToken cancellationToken)
    {
        var role = names.Role(created.Role);
        notifications.ToUser(new UserContact(created.UserId, created.Email, "", created.Language), new NoticeText(
            Catalogue.Both(Keys.AccountCreatedTitle), Catalogue.Both(Keys.AccountCreatedBody, role, created.Email)),
            created.At);
        return Task.CompletedTask;
    }
}
