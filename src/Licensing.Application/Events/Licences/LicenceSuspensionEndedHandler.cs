using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Users;
using Licensing.Domain.Licences;

namespace Licensing.Application.Events.Licences;

/// <summary>The agency is told that the suspension of its licence ended.</summary>
public sealed class LicenceSuspensionEndedHandler(ILicensingDb db, IUserDirectory directory, NotificationWriter notifications) : DomainEventHandler<LicenceSuspensionEnded>
{
    private readonly LookupCache<Guid, AgencyContacts> _agencies = AgencyContacts.CacheFor(db, directory);

    public override async Task HandleAsync(LicenceSuspensionEnded ended, CancellationToken cancellationToken)
    {
        var licence = ended.Licence;
        notifications.Add(OutboxNotices.ToAgency(await _agencies.GetAsync(licence.AgencyId, cancellationToken),
            $"Suspension of licence {licence.Number} ended / ការផ្អាកអាជ្ញាប័ណ្ណ {licence.Number} បានបញ្ចប់",
            $"Licence {licence.Number} is active again.", ended.At, $"suspension-ended:{licence.Id}:{ended.On:yyyyMMdd}"));
    }
}
