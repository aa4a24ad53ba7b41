using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Licensing.Domain.Documents;

namespace Licensing.Application.Applications;

/// <summary>A document of an application, for the applying agency and licensing officers only.</summary>
public static class DownloadApplicationDocument
{
    public sealed record File(StoredDocument Document, Stream Content);

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IFileStore files)
    {
        public async Task<File> HandleAsync(Guid applicationId, Guid documentId, CancellationToken cancellationToken)
        {
            var application = await db.LoadVisibleAsync(user, applicationId, cancellationToken);
            var document = application.Documents.SingleOrDefault(d => d.Id == documentId) ?? throw DomainException.NotFound();
            return new File(document.File, files.OpenRead(document.File.StorageKey));
        }
    }
}
