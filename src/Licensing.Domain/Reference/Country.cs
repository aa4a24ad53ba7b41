using Licensing.Domain.Common;

namespace Licensing.Domain.Reference;

/// <summary>A receiving country and the Cambodian embassy or mission there.</summary>
public sealed class Country
{
    private Country() { }

    public Country(string code, LocalizedText name, LocalizedText embassy, string embassyDutyEmail, bool hasLabourMou)
    {
        Code = code.ToUpperInvariant();
        Name = name;
        Embassy = embassy;
        EmbassyDutyEmail = embassyDutyEmail;
        HasLabourMou = hasLabourMou;
    }

    public string Code { get; private set; } = "";
    public LocalizedText Name { get; private set; } = null!;
    public LocalizedText Embassy { get; private set; } = null!;
    public string EmbassyDutyEmail { get; private set; } = "";
    public bool HasLabourMou { get; private set; }

    /// <summary>Only a public agency may place workers here (South Korea's Employment Permit System: MTOSB alone, R33).</summary>
    public bool ReservedToPublicAgencies { get; private set; }

    public void ReserveToPublicAgencies(bool reserved) => ReservedToPublicAgencies = reserved;
}
