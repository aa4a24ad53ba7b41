using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Licensing.Domain.Documents;

namespace Licensing.Application.Inspections;

/// <summary>A photo taken during a visit, for whoever may see the inspection.</summary>
public static class DownloadInspectionPhoto
{
    public sealed record File(StoredDocument Document, Stream Content);

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IFileStore files)
    {
        public async Task<File> HandleAsync(Guid inspectionId, Guid photoId, CancellationToken cancellationToken)
        {
            var inspection = await db.LoadVisibleAsync(user, inspectionId, cancellationToken);
            var photo = inspection.Photos.SingleOrDefault(p => p.Id == photoId) ?? throw DomainException.NotFound();
            return new File(photo.File, files.OpenRead(photo.File.StorageKey));
        }
    }
}
