using Licensing.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Disappearances;

/// <summary>
/// The newest alert sequence of the caller's body: the dashboard renders it, and its live stream
/// resumes after it, so an alert committed between the page and the connection is not missed.
/// </summary>
public static class LatestAlertSequence
{
    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task<long> HandleAsync(CancellationToken cancellationToken)
        {
            var body = user.BodyOf();
            if (body is null) return 0;
            return await db.Alerts.AsNoTracking().Where(a => a.BodyKey == body).MaxAsync(a => (long?)a.Sequence, cancellationToken) ?? 0;
        }
    }
}
