namespace Licensing.Application.Texts;

/// <summary>The catalogue keys of the settings use cases: field names and their messages.</summary>
public static partial class Keys
{
    public const string Value = "label.value";
    public const string Version = "label.version";
}
