using Licensing.Application.Abstractions;

namespace Licensing.Application.Agencies;

/// <summary>An agency's staff (or an officer) remove a PDOT training centre.</summary>
public static class RemoveTrainingCentre
{
    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public Task HandleAsync(Guid agencyId, Guid centreId, CancellationToken cancellationToken) =>
            db.ChangeSitesAsync(user, agencyId, null, a => { a.RemoveTrainingCentre(centreId); return centreId; }, cancellationToken);
    }
}
