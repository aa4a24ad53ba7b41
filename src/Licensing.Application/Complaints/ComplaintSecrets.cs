using System.Security.Cryptography;

namespace Licensing.Application.Complaints;

/// <summary>
/// Tracking codes (C-XXXX-XXXX, without the look-alike characters 0/O, 1/I/L); the PINs are <see cref="Common.PublicPin"/>'s.
/// </summary>
public static class ComplaintSecrets
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string NewTrackingCode()
    {
        var chars = RandomNumberGenerator.GetString(Alphabet, 8);
        return $"C-{chars[..4]}-{chars[4..]}";
    }

    /// <summary>What a person typed, in the stored form: upper case, with or without the dashes and the leading C.</summary>
    public static string NormalizeCode(string? typed)
    {
        var chars = new string((typed ?? "").ToUpperInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
        if (chars.Length == 9 && chars[0] == 'C') chars = chars[1..];
        return chars.Length == 8 ? $"C-{chars[..4]}-{chars[4..]}" : "";
    }
}
