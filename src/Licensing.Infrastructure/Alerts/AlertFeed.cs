using System.Collections.Concurrent;
using System.Threading.Channels;
using Licensing.Application.Abstractions;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Licensing.Infrastructure.Alerts;

/// <summary>The "Alerts" configuration section.</summary>
public sealed class AlertFeedOptions
{
    /// <summary>How often the feed looks for alerts it was not told of (a lost notification); seconds.</summary>
    public double PollSeconds { get; set; } = 2;
}

/// <summary>
/// Fans committed alerts out to the officers connected to this instance. Woken by a local commit
/// (every provider) or by PostgreSQL NOTIFY from another instance, it reads the alerts after the
/// last one it sent, in sequence order, and offers each to the subscribers of its body. A short
/// poll covers a lost notification. It also records when an alert first reached an officer.
/// </summary>
public sealed class AlertFeed(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AlertFeedOptions> options, ILogger<AlertFeed> logger) : BackgroundService, ILiveAlertFeed
{
    private const int PageSize = 1000;
    private static readonly TimeSpan RecordRetryDelay = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _bell = new(0, 1);
    private readonly ConcurrentDictionary<AlertSubscription, byte> _subscribers = new();
    private readonly Channel<long> _liveDeliveries = Channel.CreateUnbounded<long>();
    private readonly ConcurrentDictionary<long, byte> _recorded = new();
    private long _last = -1;

    public int Subscribers => _subscribers.Count;

    public void Wake()
    {
        if (_bell.CurrentCount > 0) return;
        try { _bell.Release(); }
        catch (SemaphoreFullException) { /* already rung */ }
    }

    public int ReplayPageSize => PageSize;

    public ILiveAlertSubscription Subscribe(IReadOnlySet<RecipientBody> bodies)
    {
        var subscription = new AlertSubscription(bodies, s => _subscribers.TryRemove(s, out _));
        _subscribers[subscription] = 0;
        return subscription;
    }

    public async Task<IReadOnlyList<LiveAlert>> ReplayAsync(IReadOnlySet<RecipientBody> bodies, long after, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
        var keys = bodies.ToList();
        return await Project(db, db.Alerts.AsNoTracking().Where(a => keys.Contains(a.BodyKey) && a.Sequence > after).OrderBy(a => a.Sequence).Take(PageSize))
            .ToListAsync(cancellationToken);
    }

    public async Task<long> LatestAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
        return await db.Alerts.MaxAsync(a => (long?)a.Sequence, cancellationToken) ?? 0;
    }

    public void RecordLiveDelivery(long sequence)
    {
        if (_recorded.TryAdd(sequence, 0)) _liveDeliveries.Writer.TryWrite(sequence);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var recorder = RecordLiveDeliveriesAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (_last < 0) _last = await LatestAsync(stoppingToken);
                await BroadcastNewAsync(stoppingToken);
                await _bell.WaitAsync(TimeSpan.FromSeconds(options.Value.PollSeconds), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Reading new alerts failed; retrying after the poll interval");
            }
        }
        try { await recorder; }
        catch (OperationCanceledException) { /* stopping */ }
    }

    private async Task BroadcastNewAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
            var batch = await Project(db, db.Alerts.AsNoTracking().Where(a => a.Sequence > _last).OrderBy(a => a.Sequence).Take(500)).ToListAsync(cancellationToken);
            foreach (var alert in batch)
            {
                foreach (var subscriber in _subscribers.Keys.Where(s => s.Bodies.Any(b => b.Key == alert.BodyKey))) subscriber.Offer(alert);
                _last = alert.Sequence;
            }
            if (batch.Count < 500) return;
        }
    }

    private async Task RecordLiveDeliveriesAsync(CancellationToken cancellationToken)
    {
        await foreach (var first in _liveDeliveries.Reader.ReadAllAsync(cancellationToken))
        {
            var sequences = new List<long> { first };
            while (sequences.Count < 200 && _liveDeliveries.Reader.TryRead(out var next)) sequences.Add(next);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
                var now = clock.GetUtcNow();
                await db.Alerts.Where(a => sequences.Contains(a.Sequence) && a.LiveDeliveredAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.LiveDeliveredAt, now), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Recording live delivery of {Count} alerts failed; retrying", sequences.Count);
                await Task.Delay(RecordRetryDelay, cancellationToken);
                foreach (var sequence in sequences) _liveDeliveries.Writer.TryWrite(sequence);
            }
            if (_recorded.Count > 100_000) _recorded.Clear();
        }
    }

    private static IQueryable<LiveAlert> Project(LicensingDbContext db, IQueryable<Alert> alerts) =>
        from a in alerts
        join c in db.DisappearanceCases.AsNoTracking() on a.CaseId equals c.Id
        orderby a.Sequence
        select new LiveAlert(a.Sequence, a.BodyKey.Key, a.Kind, a.CaseId, a.CaseNumber, a.Title.En, a.Title.Km, a.CreatedAt,
            c.CountryCode, c.Facts.LastKnownLocation, c.ReportedAt);
}
