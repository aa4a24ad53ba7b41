namespace Licensing.Application.Texts;

/// <summary>The catalogue keys of the account use cases: field names and their messages.</summary>
public static partial class Keys
{
    public const string NewPassword = "label.new_password";
    public const string ResetCode = "label.reset_code";
}
