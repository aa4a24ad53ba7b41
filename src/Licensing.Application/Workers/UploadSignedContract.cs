using Licensing.Application.Abstractions;
using Licensing.Application.Settings;
using Licensing.Domain.Documents;

namespace Licensing.Application.Workers;

/// <summary>The agency attaches the signed placement contract (a PDF, JPEG or PNG proved by its content) to the worker's open deployment.</summary>
public static class UploadSignedContract
{
    public sealed class Handler(ILicensingDb db, ICurrentUser user, IFileStore files, RuleSettingsCache rules)
    {
        public async Task<StoredDocument> HandleAsync(Guid workerId, Stream content, string fileName, CancellationToken cancellationToken)
        {
            var deployment = await db.LoadOpenDeploymentAsync(user, workerId, cancellationToken);
            var maxBytes = (await rules.GetAsync(db, cancellationToken)).DocumentMaxBytes;
            var stored = await files.SaveAsync(content, fileName, maxBytes, cancellationToken);
            deployment.AttachSignedContract(stored);
            await db.SaveChangesAsync(cancellationToken);
            return stored;
        }
    }
}
