using System.Globalization;

namespace Licensing.Domain.Common;

/// <summary>A date, or a month when that is all a source gives, worded in Khmer (Khmer digits and month names) and English.</summary>
public static class BilingualDate
{
    private static readonly string[] KhmerMonths =
        ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"];

    public static LocalizedText Day(DateOnly date) => new(
        $"ថ្ងៃទី{KhmerDigits(date.Day)} ខែ{KhmerMonths[date.Month - 1]} ឆ្នាំ{KhmerDigits(date.Year)}",
        date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));

    public static LocalizedText Month(DateOnly date) => new(
        $"ខែ{KhmerMonths[date.Month - 1]} ឆ្នាំ{KhmerDigits(date.Year)}",
        date.ToString("MMMM yyyy", CultureInfo.InvariantCulture));

    private static string KhmerDigits(int number) =>
        string.Concat(number.ToString(CultureInfo.InvariantCulture).Select(digit => (char)('០' + (digit - '0'))));
}
