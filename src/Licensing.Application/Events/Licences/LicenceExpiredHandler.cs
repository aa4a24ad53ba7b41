using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Users;
using Licensing.Domain.Licences;

namespace Licensing.Application.Events.Licences;

/// <summary>The agency is told that its licence expired and what it may no longer do.</summary>
public sealed class LicenceExpiredHandler(ILicensingDb db, IUserDirectory directory, NotificationWriter notifications) : DomainEventHandler<LicenceExpired>
{
    private readonly LookupCache<Guid, AgencyContacts> _agencies = AgencyContacts.CacheFor(db, directory);

    public override async Task HandleAsync(LicenceExpired expired, CancellationToken cancellationToken)
    {
        var licence = expired.Licence;
        notifications.Add(OutboxNotices.ToAgency(await _agencies.GetAsync(licence.AgencyId, cancellationToken),
            $"Licence {licence.Number} has expired / អាជ្ញាប័ណ្ណ {licence.Number} បានផុតសុពលភាព",
            $"Licence {licence.Number} expired on {licence.ExpiresOn:yyyy-MM-dd}. The agency may not recruit or send workers until it holds a valid licence.",
            expired.At, $"licence-expired:{licence.Id}:{licence.ExpiresOn:yyyyMMdd}"));
    }
}
