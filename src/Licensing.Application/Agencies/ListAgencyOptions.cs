using Licensing.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Agencies;

/// <summary>Every agency's id and names, for choosing one in a form.</summary>
public static class ListAgencyOptions
{
    public sealed record Option(Guid Id, string NameKm, string NameEn, string RegistrationNumber);

    public sealed class Handler(ILicensingDb db)
    {
        public async Task<IReadOnlyList<Option>> HandleAsync(CancellationToken cancellationToken) =>
            await db.Agencies.AsNoTracking()
                .OrderBy(a => a.Name.En)
                .Select(a => new Option(a.Id, a.Name.Km, a.Name.En, a.RegistrationNumber))
                .ToListAsync(cancellationToken);
    }
}
