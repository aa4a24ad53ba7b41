using Licensing.Application.Users;
using Licensing.Domain.Identity;
using Licensing.Domain.Sanctions;

namespace Licensing.Application.Events.Sanctions;

/// <summary>Every licensing officer is told that an agency appealed its sanction.</summary>
public sealed class SanctionAppealedHandler(IUserDirectory directory, NotificationWriter notifications) : DomainEventHandler<SanctionAppealed>
{
    public override async Task HandleAsync(SanctionAppealed appealed, CancellationToken cancellationToken)
    {
        var sanction = appealed.Sanction;
        foreach (var (userId, email) in await directory.InRoleAsync(Roles.LicensingOfficer, cancellationToken))
        {
            notifications.ToUser(userId, email, "Sanction appealed / បណ្តឹងឧទ្ធរណ៍លើទណ្ឌកម្ម",
                $"An agency appealed its {sanction.Kind} of {sanction.DecidedOn:yyyy-MM-dd}: /sanctions/{sanction.Id}", appealed.At);
        }
    }
}
