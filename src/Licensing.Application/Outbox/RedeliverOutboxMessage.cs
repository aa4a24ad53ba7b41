using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Outbox;

/// <summary>An administrator sends a dead-lettered notification again.</summary>
public static class RedeliverOutboxMessage
{
    public sealed class Handler(ILicensingDb db, IOutboxSignal signal, TimeProvider clock)
    {
        public async Task HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
                ?? throw DomainException.NotFound();
            message.Redeliver(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            signal.Notify();
        }
    }
}
