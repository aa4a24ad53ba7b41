using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Common;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Workers;

/// <summary>The administrator-managed checklist of Prakas 253 minimum standards every placement contract must meet.</summary>
public static class ManageContractClauses
{
    public sealed record Item(string Code, string NameKm, string NameEn, int Order, bool Active, bool IsDefault);

    public sealed record Command(string Code, string NameKm, string NameEn, int Order, bool Active) : ILocalizedChecklistEntry;

    public sealed class Validator : LocalizedChecklistEntryValidator<Command>;

    public sealed class Handler(ILicensingDb db)
    {
        public async Task<IReadOnlyList<Item>> ListAsync(bool activeOnly, CancellationToken cancellationToken) =>
            await db.ContractClauses.AsNoTracking().Where(c => c.Active || !activeOnly).OrderBy(c => c.Order)
                .Select(c => new Item(c.Code, c.Name.Km, c.Name.En, c.Order, c.Active, c.IsDefault))
                .ToListAsync(cancellationToken);

        /// <summary>Adds the clause, or changes the one with that code; a change confirms a seeded default. Recorded contracts keep what was ticked.</summary>
        public async Task SaveAsync(Command command, CancellationToken cancellationToken)
        {
            var name = new LocalizedText(command.NameKm.Trim(), command.NameEn.Trim());
            var existing = await db.ContractClauses.SingleOrDefaultAsync(c => c.Code == command.Code, cancellationToken);
            if (existing is null) db.ContractClauses.Add(new ContractClause(command.Code, name, command.Order, isDefault: false));
            else existing.Change(name, command.Order, command.Active);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
