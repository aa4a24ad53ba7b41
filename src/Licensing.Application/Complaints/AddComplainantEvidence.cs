using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Domain.Common;

namespace Licensing.Application.Complaints;

/// <summary>With the code and PIN, the complainant adds a photo or PDF to the complaint, up to twice the files a new complaint may carry.</summary>
public static class AddComplainantEvidence
{
    public sealed class Handler(ILicensingDb db, IFileStore files, TimeProvider clock, RuleSettingsCache rules)
    {
        public async Task HandleAsync(string code, string pin, Stream content, string fileName, CancellationToken cancellationToken)
        {
            var complaint = await db.LoadForComplainantAsync(code, pin, clock, cancellationToken);
            if (complaint.Evidence.Count >= FileComplaint.MaxEvidenceFiles * 2)
            {
                throw new DomainException(ErrorCodes.TooManyFiles, DomainErrorKind.Invalid, FileComplaint.MaxEvidenceFiles * 2);
            }
            var maxBytes = (await rules.GetAsync(db, cancellationToken)).DocumentMaxBytes;
            complaint.AddEvidence(await files.SaveAsync(content, fileName, maxBytes, cancellationToken), Actor.Complainant(clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
