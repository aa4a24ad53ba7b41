using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Domain.Notifications;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Licensing.Infrastructure.Notifications;

/// <summary>
/// Delivers committed outbox messages at least once. A batch of due messages is claimed with one
/// conditional update (a lease), so several instances on one database never deliver a message at
/// the same time; a claim whose instance died expires and the message is picked up again.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes, OutboxSignal signal, TimeProvider clock, IOptions<DispatcherOptions> options, RuleSettingsCache rules, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    private const int BatchSize = 50;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatcherEnabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchBatchAsync(stoppingToken) == BatchSize) { }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Outbox dispatch failed; retrying after the poll interval");
            }
            try
            {
                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Delivers one batch of due messages and returns how many were due.</summary>
    private async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<OutboxMessage> claimed;
        int due, maxAttempts;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
            var now = clock.GetUtcNow();
            var ids = await db.OutboxMessages
                .Where(m => m.DeliveredAt == null && m.DeadLetteredAt == null && m.NextAttemptAt <= now)
                .OrderBy(m => m.NextAttemptAt)
                .Select(m => m.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (ids.Count == 0) return 0;
            // The lease's end, made unique by a random fraction of a second, marks this claim: the
            // rows it set are the ones this instance took, whatever another instance claimed meanwhile.
            // Claiming and loading are not cancelled, so a stopping host releases what it claimed.
            var leaseUntil = now + TimeSpan.FromSeconds(options.Value.LeaseSeconds) + TimeSpan.FromMicroseconds(Random.Shared.Next(1_000_000));
            await db.OutboxMessages
                .Where(m => ids.Contains(m.Id) && m.DeliveredAt == null && m.DeadLetteredAt == null && m.NextAttemptAt <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, leaseUntil), CancellationToken.None);
            claimed = await db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id) && m.NextAttemptAt == leaseUntil).ToListAsync(CancellationToken.None);
            maxAttempts = (await rules.GetAsync(db, CancellationToken.None)).OutboxMaxAttempts;
            due = ids.Count;
        }
        for (var i = 0; i < claimed.Count; i++)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                await ReleaseAsync(claimed.Skip(i).Select(m => m.Id).ToList());
                break;
            }
            await DeliverAsync(claimed[i], maxAttempts);
        }
        return due;
    }

    /// <summary>Gives back the claimed messages not yet attempted when the host stops, so another instance need not wait out the lease.</summary>
    private async Task ReleaseAsync(List<Guid> ids)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
        var now = clock.GetUtcNow();
        await db.OutboxMessages.Where(m => ids.Contains(m.Id) && m.DeliveredAt == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, now));
    }

    /// <summary>
    /// Delivers one claimed message in a scope of its own, so what the channel writes (an inbox
    /// item) commits with the delivery mark or not at all. Not cancelled when the host stops: a
    /// claimed message whose delivery was cut short would wait out the lease.
    /// </summary>
    private async Task DeliverAsync(OutboxMessage message, int maxAttempts)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
        db.Attach(message);
        var channel = scope.ServiceProvider.GetServices<IDeliveryChannel>().Single(c => c.Name == message.Channel);
        try
        {
            await channel.DeliverAsync(message, CancellationToken.None);
            message.MarkDelivered(clock.GetUtcNow());
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Delivery of {MessageId} by {Channel} failed", message.Id, message.Channel);
            db.ChangeTracker.Clear();
            db.Attach(message);
            message.RecordFailure(ex.Message, clock.GetUtcNow(), maxAttempts, TimeSpan.FromSeconds(options.Value.FirstRetrySeconds));
        }
        await db.SaveChangesAsync();
    }
}
