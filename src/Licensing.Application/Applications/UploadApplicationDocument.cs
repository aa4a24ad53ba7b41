using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Applications;

/// <summary>
/// The agency uploads a document for one checklist item. The file must prove by its content that
/// it is a PDF, JPEG or PNG within the size limit; otherwise 422 and nothing is stored.
/// </summary>
public static class UploadApplicationDocument
{
    public sealed record Uploaded(Guid Id, string FileName, string ContentType, long SizeBytes, string Sha256);

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IFileStore files, TimeProvider clock, RuleSettingsCache rules)
    {
        public async Task<Uploaded> HandleAsync(Guid applicationId, string requirementCode, Stream content, string fileName, CancellationToken cancellationToken)
        {
            var application = await db.LoadVisibleAsync(user, applicationId, cancellationToken);
            user.EnsureApplicant(application);
            if (!application.IsEditableByAgency)
            {
                throw new DomainException(ErrorCodes.ApplicationNotEditable);
            }
            if (!await db.DocumentRequirements.AnyAsync(r => r.Code == requirementCode && r.Active, cancellationToken))
            {
                throw new DomainException(ErrorCodes.RequirementUnknown, DomainErrorKind.Invalid);
            }
            var maxBytes = (await rules.GetAsync(db, cancellationToken)).DocumentMaxBytes;
            var stored = await files.SaveAsync(content, fileName, maxBytes, cancellationToken);
            var document = application.AttachDocument(requirementCode, stored, user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
            return new Uploaded(document.Id, stored.FileName, stored.ContentType, stored.SizeBytes, stored.Sha256);
        }
    }
}
