using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;

namespace Licensing.Application.Inspections;

/// <summary>An inspector of the team attaches a photo to one checklist item during the visit.</summary>
public static class AttachInspectionPhoto
{
    public sealed class Handler(ILicensingDb db, ICurrentUser user, IFileStore files, TimeProvider clock, RuleSettingsCache rules)
    {
        public async Task<Guid> HandleAsync(Guid inspectionId, string itemCode, Stream content, string fileName, CancellationToken cancellationToken)
        {
            var inspection = await db.LoadVisibleAsync(user, inspectionId, cancellationToken);
            await db.EnsureChecklistItemAsync(inspection, itemCode, cancellationToken);
            var stored = await files.SaveAsync(content, fileName, (await rules.GetAsync(db, cancellationToken)).DocumentMaxBytes, cancellationToken);
            var photo = inspection.AttachPhoto(itemCode, stored, user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
            return photo.Id;
        }
    }
}
