using Licensing.Application.Abstractions;
using Licensing.Application.Common;

namespace Licensing.Application.Applications;

/// <summary>A licensing officer takes up a submitted application.</summary>
public static class StartApplicationReview
{
    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var application = await db.LoadVisibleAsync(user, id, cancellationToken);
            application.StartReview(user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
