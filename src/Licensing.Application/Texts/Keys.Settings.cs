namespace Licensing.Application.Texts;

/// <summary>The catalogue keys of the settings use cases: field names and their messages.</summary>
public static partial class Keys
{
    public const string InForceSince = "label.in_force_since";
    public const string LegalBasisEn = "label.legal_basis_en";
    public const string LegalBasisKm = "label.legal_basis_km";
    public const string Value = "label.value";
    public const string Version = "label.version";
}
