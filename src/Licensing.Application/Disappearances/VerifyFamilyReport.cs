using Licensing.Application.Abstractions;
using Licensing.Application.Common;

namespace Licensing.Application.Disappearances;

/// <summary>An MLVT officer has checked a family's report (called the family, the agency) and marks it verified.</summary>
public static class VerifyFamilyReport
{
    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var report = await db.LoadCaseAsync(user, id, cancellationToken);
            report.Verify(user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
