using System.Security.Cryptography;

namespace Licensing.Application.Complaints;

/// <summary>
/// Tracking codes (C-XXXX-XXXX, without the look-alike characters 0/O, 1/I/L) and six-digit PINs.
/// Only a salted PBKDF2 hash of the PIN is kept.
/// </summary>
public static class ComplaintSecrets
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private const int Iterations = 100_000;

    public static string NewTrackingCode()
    {
        var chars = RandomNumberGenerator.GetString(Alphabet, 8);
        return $"C-{chars[..4]}-{chars[4..]}";
    }

    public static string NewPin() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What a person typed, in the stored form: upper case, with or without the dashes and the leading C.</summary>
    public static string NormalizeCode(string? typed)
    {
        var chars = new string((typed ?? "").ToUpperInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
        if (chars.Length == 9 && chars[0] == 'C') chars = chars[1..];
        return chars.Length == 8 ? $"C-{chars[..4]}-{chars[4..]}" : "";
    }

    public static string HashPin(string pin)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return $"{Convert.ToBase64String(salt)}.{Convert.ToBase64String(Derive(pin, salt))}";
    }

    public static bool PinMatches(string? pin, string hash)
    {
        var parts = hash.Split('.');
        var expected = Convert.FromBase64String(parts[1]);
        return CryptographicOperations.FixedTimeEquals(Derive(pin ?? "", Convert.FromBase64String(parts[0])), expected);
    }

    private static byte[] Derive(string pin, byte[] salt) => Rfc2898DeriveBytes.Pbkdf2(pin.Trim(), salt, Iterations, HashAlgorithmName.SHA256, 32);
}
