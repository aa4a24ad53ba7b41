using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Licensing.Application.ReferenceData;

/// <summary>
/// The provinces' names by code, read once an hour: a fixed list of 25 seeded with the reference
/// data, which a page naming a province need not ask the database for every time.
/// </summary>
public sealed class ProvinceNames(IMemoryCache cache)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromHours(1);

    public async Task<IReadOnlyDictionary<string, LocalizedText>> GetAsync(ILicensingDb db, CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(nameof(ProvinceNames), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Freshness;
            return (IReadOnlyDictionary<string, LocalizedText>)await db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Name, cancellationToken);
        }))!;
}
