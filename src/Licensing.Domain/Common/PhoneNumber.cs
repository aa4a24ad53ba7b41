namespace Licensing.Domain.Common;

/// <summary>
/// The one rule for a telephone number a person types: Cambodian (012 345 678, 0971234567, +855 12 345 678,
/// 855 12 345 678) or international (+66 81 234 5678, 0066 81 234 5678: E.164, 7 to 15 digits after the country's
/// plus). Spaces, hyphens, dots and brackets may group the digits; Khmer digits (០–៩) count as digits.
/// </summary>
public static class PhoneNumber
{
    public const int MaxLength = 30;
    private const string Cambodia = "855";

    public static bool IsValid(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength) return false;
        var trimmed = text.Trim();
        var international = trimmed.StartsWith('+');
        var digits = new List<char>(trimmed.Length);
        foreach (var c in international ? trimmed[1..] : trimmed)
        {
            if (c is >= '0' and <= '9') digits.Add(c);
            else if (c is >= '០' and <= '៩') digits.Add((char)('0' + (c - '០')));
            else if (c is not (' ' or '-' or '.' or '(' or ')')) return false;
        }
        var number = new string([.. digits]);
        if (!international && number.StartsWith("00", StringComparison.Ordinal)) (international, number) = (true, number[2..]);
        if (!international && number.StartsWith(Cambodia, StringComparison.Ordinal) && number.Length >= 11) international = true;

        if (!international) return number.StartsWith('0') && number.Length is 9 or 10;
        if (number.StartsWith(Cambodia, StringComparison.Ordinal))
        {
            var national = number[Cambodia.Length..].TrimStart('0');
            return national.Length is 8 or 9;
        }
        return number.Length is >= 7 and <= 15 && number[0] != '0';
    }
}
