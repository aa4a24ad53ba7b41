using System.Globalization;
using System.Text;

namespace Licensing.Web.Binding;

/// <summary>Why a typed number was not taken.</summary>
public enum NumberRefusal
{
    /// <summary>Something other than digits, a sign, separators and one decimal point.</summary>
    Unreadable,
    /// <summary>Separators that could mean two different numbers ("1,50", "1.500,5", "1.5.0").</summary>
    Ambiguous,
    /// <summary>A fraction where a whole number is expected; the reading says how it was read.</summary>
    NotWhole,
    /// <summary>Too large (or too small) for what the field holds.</summary>
    OutOfRange,
}

/// <summary>A typed number: its value, or why it was refused (with the value as read, when there is one).</summary>
public readonly record struct NumberReading(decimal Value, NumberRefusal? Refusal);

/// <summary>What a field can hold: whole numbers only or not, and its smallest and largest values.</summary>
public sealed record NumberLimits(bool Whole, decimal Minimum, decimal Maximum)
{
    public static readonly NumberLimits Decimal = new(false, decimal.MinValue, decimal.MaxValue);
}

/// <summary>
/// Numbers as people in Cambodia type them, whatever the page's language: "." is always the decimal point;
/// ",", spaces and thin spaces separate thousands, only in whole groups of three digits; Khmer digits ០–៩
/// count as 0–9. Whatever could be read two ways is refused rather than guessed.
/// </summary>
public static class NumberText
{
    private const char KhmerZero = '០';
    private static readonly char[] GroupSeparators = [',', ' ', '\u00A0', '\u2009', '\u202F'];

    public static NumberReading Read(string text, NumberLimits limits)
    {
        var typed = Latin(text.Trim());
        var negative = typed.StartsWith('-');
        var unsigned = typed.TrimStart('-', '+');
        if (unsigned.Length == 0 || typed.Length - unsigned.Length > 1) return Refused(NumberRefusal.Unreadable);
        if (unsigned.Any(c => !char.IsAsciiDigit(c) && c != '.' && !GroupSeparators.Contains(c))) return Refused(NumberRefusal.Unreadable);

        var parts = unsigned.Split('.');
        if (parts.Length > 2) return Refused(NumberRefusal.Ambiguous);
        var whole = parts[0];
        var fraction = parts.Length == 2 ? parts[1] : "";
        if (fraction.IndexOfAny(GroupSeparators) >= 0 || !WholeGroupsOfThree(whole)) return Refused(NumberRefusal.Ambiguous);
        if (whole.Length == 0 && fraction.Length == 0) return Refused(NumberRefusal.Unreadable);

        var digits = string.Concat(whole.Where(char.IsAsciiDigit)) + (fraction.Length > 0 ? "." + fraction : "");
        if (!decimal.TryParse((negative ? "-" : "") + digits,
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return Refused(NumberRefusal.OutOfRange);
        }
        if (limits.Whole && value != decimal.Truncate(value)) return new NumberReading(value, NumberRefusal.NotWhole);
        return value < limits.Minimum || value > limits.Maximum ? new NumberReading(value, NumberRefusal.OutOfRange) : new NumberReading(value, null);
    }

    /// <summary>The number as the pages write it back: Latin digits, no thousands separators, "." before the decimals.</summary>
    public static string Plain(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>"1,500,000" and "1 500" are whole groups; "1,50", "15,00,000" and "1,,500" are not.</summary>
    private static bool WholeGroupsOfThree(string whole)
    {
        var groups = whole.Split(GroupSeparators);
        return groups.Length == 1
            || (groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(group => group.Length == 3));
    }

    /// <summary>The text with Khmer digits written as Latin ones.</summary>
    public static string Latin(string text)
    {
        var latin = new StringBuilder(text.Length);
        foreach (var c in text) latin.Append(c is >= KhmerZero and <= '៩' ? (char)('0' + (c - KhmerZero)) : c);
        return latin.ToString();
    }

    private static NumberReading Refused(NumberRefusal why) => new(0, why);
}
