using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.ReferenceData;

/// <summary>Administrators mark an agency as public (MTOSB), or remove the mark: a reserved country takes only public agencies' job orders (R33).</summary>
public static class MarkPublicAgency
{
    public sealed record Command(bool IsPublic);

    public sealed class Handler(ILicensingDb db)
    {
        public async Task HandleAsync(Guid agencyId, Command command, CancellationToken cancellationToken)
        {
            var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Id == agencyId, cancellationToken) ?? throw DomainException.NotFound();
            agency.MarkPublicAgency(command.IsPublic);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
