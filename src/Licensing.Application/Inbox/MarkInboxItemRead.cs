using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inbox;

/// <summary>A user marks one of their own notifications as read; anyone else's answers not found.</summary>
public static class MarkInboxItemRead
{
    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var item = await db.InboxItems.SingleOrDefaultAsync(i => i.Id == id && i.UserId == user.UserId, cancellationToken)
                ?? throw DomainException.NotFound();
            item.MarkRead(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
