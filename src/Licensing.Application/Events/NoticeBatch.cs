using Licensing.Application.Abstractions;
using Licensing.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Events;

/// <summary>
/// The keyed notifications a sweep means to write for one page of due items, one notice per item and
/// reason. One query per page finds which of their deduplication keys the outbox already holds; a
/// notice with any of them was written by an earlier run and is dropped. As only keys found absent
/// are written, a rerun never trips the unique index on the keys.
/// </summary>
public sealed class NoticeBatch(ILicensingDb db)
{
    // Bounds the keys of one query, well under either database's limit on parameters.
    private const int KeysPerQuery = 1000;

    private readonly List<Notice> _notices = [];

    /// <param name="onWritten">The item's own change that goes with the notice, made only if the notice is written.</param>
    public void Add(IEnumerable<OutboxMessage> messages, Action? onWritten = null) => _notices.Add(new Notice(messages.ToList(), onWritten));

    /// <summary>Adds the messages of the notices not written before to the unit of work (the caller saves); returns how many notices that was.</summary>
    public async Task<int> WriteNewAsync(CancellationToken cancellationToken)
    {
        var written = new HashSet<string>();
        foreach (var keys in _notices.SelectMany(n => n.Messages).Select(m => m.DeduplicationKey!).Chunk(KeysPerQuery))
        {
            written.UnionWith(await db.OutboxMessages.Where(m => keys.Contains(m.DeduplicationKey!)).Select(m => m.DeduplicationKey!).ToListAsync(cancellationToken));
        }
        var fresh = _notices.Where(n => !n.Messages.Any(m => written.Contains(m.DeduplicationKey!))).ToList();
        foreach (var notice in fresh)
        {
            db.OutboxMessages.AddRange(notice.Messages);
            notice.OnWritten?.Invoke();
        }
        _notices.Clear();
        return fresh.Count;
    }

    private sealed record Notice(IReadOnlyList<OutboxMessage> Messages, Action? OnWritten);
}
