using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Common;
using Licensing.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Documents;

/// <summary>The administrator-managed checklist of documents a licence application must carry.</summary>
public static class ManageDocumentRequirements
{
    public sealed record Item(string Code, string NameKm, string NameEn, int Order, bool Active, Guid Version);

    public sealed record Command(string Code, string NameKm, string NameEn, int Order, bool Active) : ILocalizedChecklistEntry;

    public sealed class Validator : LocalizedChecklistEntryValidator<Command>;

    public sealed class Handler(ILicensingDb db)
    {
        public async Task<IReadOnlyList<Item>> ListAsync(CancellationToken cancellationToken) =>
            await db.DocumentRequirements.AsNoTracking().OrderBy(r => r.Order)
                .Select(r => new Item(r.Code, r.Name.Km, r.Name.En, r.Order, r.Active, r.Version))
                .ToListAsync(cancellationToken);

        /// <summary>Adds the item, or renames and (de)activates the one with that code. Existing applications keep their documents.</summary>
        public async Task SaveAsync(Command command, CancellationToken cancellationToken)
        {
            var name = new LocalizedText(command.NameKm.Trim(), command.NameEn.Trim());
            var existing = await db.DocumentRequirements.SingleOrDefaultAsync(r => r.Code == command.Code, cancellationToken);
            if (existing is null)
            {
                db.DocumentRequirements.Add(new DocumentRequirement(command.Code, name, command.Order));
            }
            else
            {
                existing.Rename(name);
                existing.SetActive(command.Active);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
