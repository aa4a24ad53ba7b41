namespace Licensing.Domain.Common;

/// <summary>The two languages a person reads the system in; Khmer unless they chose English.</summary>
public static class Languages
{
    public const string Khmer = "km";
    public const string English = "en";

    /// <summary>"en" for any English culture name ("en", "en-US"), otherwise Khmer.</summary>
    public static string Of(string? cultureName) =>
        cultureName is not null && cultureName.StartsWith(English, StringComparison.OrdinalIgnoreCase) ? English : Khmer;
}
