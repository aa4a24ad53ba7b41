namespace Licensing.Domain.Workers;

/// <summary>National ID and passport numbers: compared without spaces or dashes, and shown masked to those who do not need them.</summary>
public static class IdentityNumbers
{
    public static string Normalize(string value) =>
        new(value.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    /// <summary>Only the last four characters, e.g. ••••5678.</summary>
    public static string? Mask(string? value) => value switch
    {
        null => null,
        { Length: <= 4 } => new string('•', value.Length),
        _ => "••••" + value[^4..],
    };
}
