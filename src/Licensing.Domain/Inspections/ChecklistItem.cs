using Licensing.Domain.Common;

namespace Licensing.Domain.Inspections;

/// <summary>One question of a checklist version, with the legal basis it checks.</summary>
public sealed class ChecklistItem : Entity
{
    private ChecklistItem() { }

    public ChecklistItem(int templateVersion, string code, LocalizedText text, string legalBasis, int order)
    {
        TemplateVersion = templateVersion;
        Code = code;
        Text = text;
        LegalBasis = legalBasis;
        Order = order;
    }

    public int TemplateVersion { get; private set; }
    public string Code { get; private set; } = "";
    public LocalizedText Text { get; private set; } = null!;
    public string LegalBasis { get; private set; } = "";
    public int Order { get; private set; }
}
