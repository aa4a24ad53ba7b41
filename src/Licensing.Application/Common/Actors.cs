using Licensing.Application.Abstractions;
using Licensing.Domain.Common;

namespace Licensing.Application.Common;

public static class Actors
{
    /// <summary>The calling user as recorded on a transition.</summary>
    public static Actor AsActor(this ICurrentUser user, TimeProvider clock) =>
        new(user.UserId, user.Email ?? "unknown", clock.GetUtcNow());
}
