using Licensing.Application.Abstractions;
using Licensing.Application.Agencies;
using Licensing.Application.Licences;
using Licensing.Application.Workers;
using Licensing.Domain.Changes;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Changes;

/// <summary>
/// A page of a change feed (ADR-029): the lines after the caller's cursor, in commit order, of the records the caller
/// may see now, each with the record as its own GET shows it to the caller now (none for a deletion), and the cursor
/// to continue from. Replayed from 0 into an empty copy, the feed leaves the copy equal to what the GETs answer.
/// </summary>
public static class ReadChanges
{
    public const int DefaultLimit = 50;

    /// <summary>The register (licences and agencies) or the workers with their deployments.</summary>
    public enum Feed
    {
        Register,
        Workers,
    }

    /// <summary>One changed record; of Licence, Agency and Worker only the one its kind names is set, and none for a deletion.</summary>
    public sealed record Change(
        long Position, ChangeKind Kind, Guid Id, ChangeOperation Operation, GetLicence.Detail? Licence, GetAgency.Detail? Agency, GetWorker.Detail? Worker);

    /// <summary>Next: the cursor of the following page; a page that returns the cursor it was given has nothing new.</summary>
    public sealed record Page(IReadOnlyList<Change> Changes, long Next);

    public sealed class Handler(ILicensingDb db, ICurrentUser user, GetLicence.Handler licences, GetAgency.Handler agencies, GetWorker.Handler workers)
    {
        /// <summary>Null when the cursor is beyond the feed's last committed position.</summary>
        public async Task<Page?> HandleAsync(Feed feed, long since, int? limit, CancellationToken cancellationToken)
        {
            // Positions commit in their order, so every line up to the last committed one can be read: no gap will fill later.
            var horizon = await db.Changes.MaxAsync(c => (long?)c.Position, cancellationToken) ?? 0;
            if (since > horizon) return null;
            var size = limit ?? DefaultLimit;
            var lines = await Visible(feed).Where(c => c.Position > since && c.Position <= horizon)
                .OrderBy(c => c.Position).Take(size).ToListAsync(cancellationToken);

            var shown = new Dictionary<(ChangeKind, Guid), Change>();
            var changes = new List<Change>();
            foreach (var line in lines)
            {
                if (!shown.TryGetValue((line.Kind, line.RecordId), out var change))
                {
                    change = await ShowAsync(line, cancellationToken);
                    shown[(line.Kind, line.RecordId)] = change;
                }
                changes.Add(change with { Position = line.Position, Operation = line.Operation });
            }
            return new Page(changes, lines.Count == size ? lines[^1].Position : horizon);
        }

        /// <summary>A deletion names only an id, which tells nothing, so every reader of the feed is given it.</summary>
        private IQueryable<ChangeEntry> Visible(Feed feed)
        {
            var lines = db.Changes.AsNoTracking();
            return feed == Feed.Register
                ? lines.Where(c => (c.Kind == ChangeKind.Licence || c.Kind == ChangeKind.Agency) && (c.Operation == ChangeOperation.Delete
                    || (c.Kind == ChangeKind.Licence && db.Licences.VisibleTo(user).Any(l => l.Id == c.RecordId))
                    || (c.Kind == ChangeKind.Agency && db.Agencies.VisibleTo(user).Any(a => a.Id == c.RecordId))))
                : lines.Where(c => c.Kind == ChangeKind.Worker && (c.Operation == ChangeOperation.Delete || db.VisibleWorkers(user).Any(w => w.Id == c.RecordId)));
        }

        private async Task<Change> ShowAsync(ChangeEntry line, CancellationToken cancellationToken)
        {
            var change = new Change(line.Position, line.Kind, line.RecordId, line.Operation, null, null, null);
            if (line.Operation == ChangeOperation.Delete) return change;
            return line.Kind switch
            {
                ChangeKind.Licence => change with { Licence = await licences.HandleAsync(line.RecordId, cancellationToken) },
                ChangeKind.Agency => change with { Agency = await agencies.HandleAsync(line.RecordId, cancellationToken) },
                _ => change with { Worker = await workers.HandleAsync(line.RecordId, cancellationToken) },
            };
        }
    }
}
