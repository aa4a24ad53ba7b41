using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.ReferenceData;

/// <summary>Administrators end a (country, sector) restriction (R26); it stays on record.</summary>
public static class EndRestriction
{
    public sealed record Command(DateOnly EndedOn);

    public sealed class Handler(ILicensingDb db)
    {
        public async Task HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var restriction = await db.DeploymentRestrictions.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw DomainException.NotFound();
            restriction.End(command.EndedOn);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
