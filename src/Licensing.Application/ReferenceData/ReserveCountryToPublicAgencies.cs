using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.ReferenceData;

/// <summary>
/// Administrators reserve a country to public agencies (South Korea, by default), or lift the reservation: in a reserved
/// country only a public agency's job orders are accepted (R33).
/// </summary>
public static class ReserveCountryToPublicAgencies
{
    public sealed record Command(bool Reserved);

    public sealed class Handler(ILicensingDb db)
    {
        public async Task HandleAsync(string code, Command command, CancellationToken cancellationToken)
        {
            var upper = code.ToUpperInvariant();
            var country = await db.Countries.SingleOrDefaultAsync(c => c.Code == upper, cancellationToken) ?? throw DomainException.NotFound();
            country.ReserveToPublicAgencies(command.Reserved);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
