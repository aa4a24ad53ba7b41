using Licensing.Application.Abstractions;
using Licensing.Application.Common;

namespace Licensing.Application.Inspections;

/// <summary>An officer closes an inspection that needs no (more) corrective action, saying why when it is not obvious.</summary>
public static class CloseInspection
{
    public sealed record Command(string? Reason);

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task HandleAsync(Guid inspectionId, Command command, CancellationToken cancellationToken)
        {
            var inspection = await db.LoadVisibleAsync(user, inspectionId, cancellationToken);
            inspection.Close(command.Reason?.Trim(), user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
