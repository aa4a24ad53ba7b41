using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Licensing.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Workers;

/// <summary>The signed placement contract of a deployment; embassy officers cannot download it.</summary>
public static class DownloadSignedContract
{
    public sealed record File(StoredDocument Document, Stream Content);

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IFileStore files)
    {
        public async Task<File> HandleAsync(Guid workerId, Guid deploymentId, CancellationToken cancellationToken)
        {
            var document = user.SeesFeesAndDocuments()
                ? await db.VisibleDeployments(user).Where(d => d.Id == deploymentId && d.WorkerId == workerId).Select(d => d.SignedContract).SingleOrDefaultAsync(cancellationToken)
                : null;
            if (document is null) throw DomainException.NotFound();
            return new File(document, files.OpenRead(document.StorageKey));
        }
    }
}
