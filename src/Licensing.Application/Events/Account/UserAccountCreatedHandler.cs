using Licensing.Application.Common;
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
            "គណនី Licensing របស់អ្នក", "Your Licensing account",
            $"អ្នកគ្រប់គ្រងប្រព័ន្ធបានបង្កើតគណនីរបស់អ្នក ({role.Km})។ សូមចូលប្រើដោយ {created.Email}។",
            $"An administrator created your account ({role.En}). Sign in with {created.Email}."),
            created.At);
        return Task.CompletedTask;
    }
}
