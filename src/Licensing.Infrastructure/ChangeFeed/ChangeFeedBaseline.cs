using Licensing.Domain.Changes;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Licensing.Infrastructure.ChangeFeed;

/// <summary>
/// Gives every licence, agency and worker of a database that had them before the change feed was installed one line,
/// so that a replay from 0 finds them (ADR-029). Runs at start-up while the feed has never been written.
/// </summary>
public static class ChangeFeedBaseline
{
    public static async Task WriteAsync(LicensingDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Set<ChangeCounter>().AnyAsync(c => c.LastPosition > 0, cancellationToken)) return;
        var records = await db.Agencies.AsNoTracking()
            .Select(a => new ChangedRecord(ChangeKind.Agency, a.Id, ChangeOperation.Upsert, a.Id, null)).ToListAsync(cancellationToken);
        records.AddRange(await db.Licences.AsNoTracking()
            .Select(l => new ChangedRecord(ChangeKind.Licence, l.Id, ChangeOperation.Upsert, l.AgencyId, null)).ToListAsync(cancellationToken));
        records.AddRange(await db.Workers.AsNoTracking()
            .Select(w => new ChangedRecord(ChangeKind.Worker, w.Id, ChangeOperation.Upsert, w.AgencyId, null)).ToListAsync(cancellationToken));
        if (records.Count == 0) return;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ChangeFeedWriter.WriteAsync(db, transaction.GetDbTransaction(), records, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
