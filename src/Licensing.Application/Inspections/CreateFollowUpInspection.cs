using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Inspections;

namespace Licensing.Application.Inspections;

/// <summary>An officer opens a follow-up of an inspection whose corrective actions must be checked, on its checklist version.</summary>
public static class CreateFollowUpInspection
{
    public sealed record Command(DateOnly PlannedFor);

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Guid originalId, Command command, CancellationToken cancellationToken)
        {
            var original = await db.LoadVisibleAsync(user, originalId, cancellationToken);
            var followUp = Inspection.FollowUpFor(original, command.PlannedFor, original.ChecklistVersion, user.AsActor(clock));
            db.Inspections.Add(followUp);
            await db.SaveChangesAsync(cancellationToken);
            return followUp.Id;
        }
    }
}
