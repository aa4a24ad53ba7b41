using Licensing.Domain.Identity;

namespace Licensing.Application.Events.Account;

/// <summary>The new user learns of their account and its role.</summary>
public sealed class UserAccountCreatedHandler(NotificationWriter notifications) : DomainEventHandler<UserAccountCreated>
{
    public override Task HandleAsync(UserAccountCreated created, CancellationToken cancellationToken)
    {
        notifications.ToUser(created.UserId, created.Email,
            "Your Licensing account / គណនី Licensing របស់អ្នក",
            $"An administrator created your account ({created.Role}). Sign in with {created.Email}.",
            created.At);
        return Task.CompletedTask;
    }
}
