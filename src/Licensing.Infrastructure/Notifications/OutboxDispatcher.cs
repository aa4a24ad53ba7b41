using Licensing.Application.Common;
using Licensing.Domain.Settings;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Licensing.Infrastructure.Notifications;

/// <summary>
/// Delivers committed outbox messages at least once. Each message is claimed with a conditional
/// update (a lease), so several instances on one database never deliver it at the same time; a
/// claim whose instance died expires and the message is picked up again.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes, OutboxSignal signal, TimeProvider clock, IOptions<DispatcherOptions> options, ILogger<OutboxDispatcher> logger)
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
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.OutboxMessages
            .Where(m => m.DeliveredAt == null && m.DeadLetteredAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => new { m.Id, m.NextAttemptAt })
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var maxAttempts = await db.GetIntSettingAsync(SettingCatalog.OutboxMaxAttempts, cancellationToken);
        foreach (var item in due)
        {
            var leaseUntil = clock.GetUtcNow() + TimeSpan.FromSeconds(options.Value.LeaseSeconds);
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == item.Id && m.NextAttemptAt == item.NextAttemptAt && m.DeliveredAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, leaseUntil), cancellationToken);
            if (claimed == 1)
            {
                await DeliverAsync(item.Id, maxAttempts);
            }
        }
        return due.Count;
    }

    /// <summary>Not cancelled when the host stops: a claimed message whose delivery was cut short would wait out the lease.</summary>
    private async Task DeliverAsync(Guid id, int maxAttempts)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
        var message = await db.OutboxMessages.SingleAsync(m => m.Id == id);
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
