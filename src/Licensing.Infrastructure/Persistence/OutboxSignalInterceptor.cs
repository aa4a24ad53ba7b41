using Licensing.Application.Abstractions;
using Licensing.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Infrastructure.Persistence;

/// <summary>After a commit that queued notifications, wakes the dispatcher so that they go out at once.</summary>
public sealed class OutboxSignalInterceptor(IOutboxSignal signal) : AfterSaveInterceptor
{
    protected override bool IsDue(DbContext context) => context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);

    protected override void AfterSave() => signal.Notify();
}
