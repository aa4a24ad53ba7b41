using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Agencies;
using Licensing.Domain.Common;

namespace Licensing.Application.Agencies;

/// <summary>An agency's staff (or an officer) add a PDOT training centre, which needs its capacity.</summary>
public static class AddTrainingCentre
{
    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public Task<Guid> HandleAsync(Guid agencyId, AgencySites.SiteCommand command, CancellationToken cancellationToken)
        {
            if (command.Capacity is null)
            {
                throw new DomainException(ErrorCodes.CapacityMissing, DomainErrorKind.Invalid);
            }
            return db.ChangeSitesAsync(user, agencyId, command.ProvinceCode,
                a => a.AddTrainingCentre(command.Name.Trim(), new Address(command.Address.Trim(), command.ProvinceCode), command.Capacity.Value).Id, cancellationToken);
        }
    }
}
