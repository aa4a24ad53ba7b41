using System.Globalization;

namespace Licensing.Domain.Common;

/// <summary>A date, or a month when that is all a source gives, worded in Khmer (Khmer digits and month names) and English.</summary>
public static class BilingualDate
{
    private static readonly string[] KhmerMonths =
        ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"];

    public static LocalizedText Day(DateOnly date) => new(
        $"ថ្ងៃទី{KhmerDigits(date.Day)} ខែ{KhmerMonth(date.Month)} ឆ្នាំ{KhmerDigits(date.Year)}",
        date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));

    public static LocalizedText Month(DateOnly date) => new(
        $"ខែ{KhmerMonth(date.Month)} ឆ្នាំ{KhmerDigits(date.Year)}",
        date.ToString("MMMM yyyy", CultureInfo.InvariantCulture));

    /// <summary>The month's Khmer name, "មករា" for January.</summary>
    public static string KhmerMonth(int month) => KhmerMonths[month - 1];

    /// <summary>Latin digits written as Khmer ones, "២០២៦" for "2026".</summary>
    public static string KhmerDigits(string digits) => string.Concat(digits.Select(digit => (char)('០' + (digit - '0'))));

    private static string KhmerDigits(int number) => KhmerDigits(number.ToString(CultureInfo.InvariantCulture));
}
