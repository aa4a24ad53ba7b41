using Licensing.Application.Abstractions;
using Licensing.Application.Common;

namespace Licensing.Application.Complaints;

/// <summary>The handling officer records whether the agency honoured the settlement of a resolved complaint.</summary>
public static class RecordSettlementHonoured
{
    public sealed record Command(bool Honoured);

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var complaint = await db.LoadForHandlingAsync(user, id, cancellationToken);
            complaint.RecordSettlementHonoured(command.Honoured, user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
