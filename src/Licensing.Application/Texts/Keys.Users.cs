namespace Licensing.Application.Texts;

/// <summary>The catalogue keys of the users use cases: field names and their messages.</summary>
public static partial class Keys
{
    public const string Country = "label.country";
    public const string FullName = "label.full_name";
    public const string PanelSector = "label.panel_sector";
    public const string Password = "label.password";
    public const string Role = "label.role";
}
