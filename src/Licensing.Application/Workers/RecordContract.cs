using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Domain.Common;
using Licensing.Domain.Documents;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Workers;

/// <summary>
/// The placement contract: the Prakas 253 clauses the agency checked it contains, and the signed
/// copy (a PDF, JPEG or PNG proved by its content). Embassy officers cannot download it.
/// </summary>
public static class RecordContract
{
    public sealed record Command(DateOnly? SignedOn, IReadOnlyList<string>? Clauses);

    public sealed record File(StoredDocument Document, Stream Content);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.SignedOn).NotNull().WithName(_ => Text.Pick("Signed on", "ថ្ងៃចុះហត្ថលេខា"));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IFileStore files, RuleSettingsCache rules)
    {
        public async Task ClausesAsync(Guid workerId, Command command, CancellationToken cancellationToken)
        {
            var deployment = await db.LoadOpenDeploymentAsync(user, workerId, cancellationToken);
            var ticked = command.Clauses ?? [];
            var known = await db.ContractClauses.Where(c => c.Active).Select(c => c.Code).ToListAsync(cancellationToken);
            if (ticked.FirstOrDefault(code => !known.Contains(code)) is { } unknown)
            {
                throw new DomainException(ErrorCodes.ClauseUnknown, Text.Pick($"There is no contract clause '{unknown}'.", $"មិនមានប្រការកិច្ចសន្យា '{unknown}' ទេ។"), DomainErrorKind.Invalid);
            }
            deployment.RecordContract(new PlacementContract(command.SignedOn!.Value, string.Join(',', ticked)));
            await db.SaveChangesAsync(cancellationToken);
        }

        public async Task<StoredDocument> UploadAsync(Guid workerId, Stream content, string fileName, CancellationToken cancellationToken)
        {
            var deployment = await db.LoadOpenDeploymentAsync(user, workerId, cancellationToken);
            var maxBytes = (await rules.GetAsync(db, cancellationToken)).DocumentMaxBytes;
            var stored = await files.SaveAsync(content, fileName, maxBytes, cancellationToken);
            deployment.AttachSignedContract(stored);
            await db.SaveChangesAsync(cancellationToken);
            return stored;
        }

        public async Task<File> DownloadAsync(Guid workerId, Guid deploymentId, CancellationToken cancellationToken)
        {
            var document = user.SeesFeesAndDocuments()
                ? await db.VisibleDeployments(user).Where(d => d.Id == deploymentId && d.WorkerId == workerId).Select(d => d.SignedContract).SingleOrDefaultAsync(cancellationToken)
                : null;
            if (document is null) throw DomainException.NotFound("Contract");
            return new File(document, files.OpenRead(document.StorageKey));
        }
    }
}
