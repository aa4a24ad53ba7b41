using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Abstractions;

public static class ConcurrencyExtensions
{
    /// <summary>
    /// Makes the save compare against the version the client read, so a stale edit fails with a
    /// concurrency conflict instead of overwriting someone else's change.
    /// </summary>
    public static void ExpectVersion(this ILicensingDb db, AggregateRoot aggregate, Guid versionReadByClient)
    {
        if (db is not DbContext context) return;
        context.Entry(aggregate).Property(a => a.Version).OriginalValue = versionReadByClient;
    }

    /// <summary>Lets a sweep over many records forget the ones it has saved, so memory does not grow with their number.</summary>
    public static void ForgetTracked(this ILicensingDb db)
    {
        if (db is DbContext context) context.ChangeTracker.Clear();
    }
}
