using Licensing.Application.Abstractions;

namespace Licensing.Application.Agencies;

/// <summary>An agency's staff (or an officer) remove a branch.</summary>
public static class RemoveBranch
{
    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public Task HandleAsync(Guid agencyId, Guid branchId, CancellationToken cancellationToken) =>
            db.ChangeSitesAsync(user, agencyId, null, a => { a.RemoveBranch(branchId); return branchId; }, cancellationToken);
    }
}
