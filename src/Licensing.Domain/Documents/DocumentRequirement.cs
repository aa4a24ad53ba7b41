using Licensing.Domain.Common;

namespace Licensing.Domain.Documents;

/// <summary>An item of the administrator-managed checklist of documents a licence application must carry.</summary>
public sealed class DocumentRequirement : AggregateRoot
{
    private DocumentRequirement() { }

    public DocumentRequirement(string code, LocalizedText name, int order)
    {
        Code = code;
        Name = name;
        Order = order;
        Active = true;
    }

    public string Code { get; private set; } = "";
    public LocalizedText Name { get; private set; } = null!;
    public int Order { get; private set; }
    public bool Active { get; private set; }

    public void Rename(LocalizedText name) => Name = name;

    public void SetActive(bool active) => Active = active;
}
