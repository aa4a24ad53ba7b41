using Licensing.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Complaints;

/// <summary>Agencies of the register whose name, in Khmer or Latin script, contains the text: for naming the one complained about.</summary>
public static class FindRespondent
{
    public sealed record Agency(Guid Id, string NameKm, string NameEn);

    public sealed class Handler(ILicensingDb db)
    {
        public async Task<IReadOnlyList<Agency>> HandleAsync(string? text, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(text) || text.Trim().Length < 2) return [];
            var trimmed = text.Trim();
            var pattern = $"%{trimmed[..Math.Min(trimmed.Length, 100)].ToUpperInvariant()}%";
            return await db.Agencies.AsNoTracking()
                .Where(a => EF.Functions.Like(a.Name.En.ToUpper(), pattern) || EF.Functions.Like(a.Name.Km, pattern))
                .OrderBy(a => a.Name.En).Take(20)
                .Select(a => new Agency(a.Id, a.Name.Km, a.Name.En))
                .ToListAsync(cancellationToken);
        }
    }
}
