using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Users;
using Licensing.Domain.Disappearances;

namespace Licensing.Application.Events.Disappearances;

/// <summary>An agency silent on an open case is reminded, once per silence (the key carries the time of its last update).</summary>
public sealed class AgencySilentOnDisappearanceHandler(ILicensingDb db, IUserDirectory directory, NotificationWriter notifications)
    : DomainEventHandler<AgencySilentOnDisappearance>
{
    // The handler lives as long as the sweep's scope: each agency is looked up once per run.
    private readonly LookupCache<Guid, AgencyContacts> _agencies = AgencyContacts.CacheFor(db, directory);

    public override async Task HandleAsync(AgencySilentOnDisappearance silent, CancellationToken cancellationToken) =>
        notifications.Once(OutboxNotices.ToAgency(await _agencies.GetAsync(silent.AgencyId, cancellationToken),
            $"Post an update on disappearance case {silent.Number} / សូមផ្ដល់ព័ត៌មានថ្មីលើករណីបាត់ខ្លួន {silent.Number}",
            $"Your agency has posted nothing on case {silent.Number} since {CaseNotices.Local(silent.LastAgencyUpdateAt)}. While the case is open you must post an update at least every {silent.AllowedHours} hours.\n\nCase page: /disappearances/{silent.CaseId}",
            silent.At, CaseNotices.Key(silent.CaseId, $"agency-reminder:{silent.LastAgencyUpdateAt.UtcTicks}")));
}
