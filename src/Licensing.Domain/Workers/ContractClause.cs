using Licensing.Domain.Common;

namespace Licensing.Domain.Workers;

/// <summary>
/// An item of the administrator-managed checklist of minimum standards a job placement contract
/// must meet (Prakas 253). The annex listing them is not in our sources, so the seeded items are
/// marked as defaults for the ministry to confirm or replace.
/// </summary>
public sealed class ContractClause : AggregateRoot
{
    private ContractClause() { }

    public ContractClause(string code, LocalizedText name, int order, bool isDefault)
    {
        Code = code;
        Name = name;
        Order = order;
        IsDefault = isDefault;
        Active = true;
    }

    public string Code { get; private set; } = "";
    public LocalizedText Name { get; private set; } = null!;
    public int Order { get; private set; }
    public bool Active { get; private set; }

    /// <summary>Seeded by the system, not yet confirmed against the Prakas 253 annex.</summary>
    public bool IsDefault { get; private set; }

    public void Change(LocalizedText name, int order, bool active)
    {
        Name = name;
        Order = order;
        Active = active;
        IsDefault = false;
    }
}
