using Licensing.Application.Abstractions;
using Licensing.Domain.Agencies;

namespace Licensing.Application.Agencies;

/// <summary>An agency's staff (or an officer) add a branch.</summary>
public static class AddBranch
{
    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public Task<Guid> HandleAsync(Guid agencyId, AgencySites.SiteCommand command, CancellationToken cancellationToken) =>
            db.ChangeSitesAsync(user, agencyId, command.ProvinceCode, a => a.AddBranch(command.Name.Trim(), new Address(command.Address.Trim(), command.ProvinceCode)).Id, cancellationToken);
    }
}
