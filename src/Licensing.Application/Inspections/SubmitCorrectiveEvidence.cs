using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Domain.Common;

namespace Licensing.Application.Inspections;

/// <summary>The agency submits evidence that a corrective action the inspection asked for was taken.</summary>
public static class SubmitCorrectiveEvidence
{
    public sealed class Handler(ILicensingDb db, ICurrentUser user, IFileStore files, TimeProvider clock, RuleSettingsCache rules)
    {
        public async Task HandleAsync(Guid inspectionId, Guid findingId, string note, Stream? file, string? fileName, CancellationToken cancellationToken)
        {
            var inspection = await db.LoadVisibleAsync(user, inspectionId, cancellationToken);
            if (user.AgencyId != inspection.AgencyId) throw DomainException.NotFound();
            if (string.IsNullOrWhiteSpace(note) || note.Length > 2000)
            {
                throw new DomainException(ErrorCodes.EvidenceNoteMissing, DomainErrorKind.Invalid);
            }
            var stored = file is null ? null
                : await files.SaveAsync(file, fileName ?? "evidence", (await rules.GetAsync(db, cancellationToken)).DocumentMaxBytes, cancellationToken);
            inspection.SubmitEvidence(findingId, note.Trim(), stored, user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
