using Licensing.Application.Abstractions;
using Licensing.Application.Common;

namespace Licensing.Application.Inspections;

/// <summary>An inspector of the team starts the visit.</summary>
public static class StartVisit
{
    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task HandleAsync(Guid inspectionId, CancellationToken cancellationToken)
        {
            var inspection = await db.LoadVisibleAsync(user, inspectionId, cancellationToken);
            inspection.Start(user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
