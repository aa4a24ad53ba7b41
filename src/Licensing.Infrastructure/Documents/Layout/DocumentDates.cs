using System.Globalization;

namespace Licensing.Infrastructure.Documents.Layout;

/// <summary>Dates as a Cambodian official document writes them, in Khmer and in English.</summary>
internal static class DocumentDates
{
    private static readonly string[] KhmerMonths =
        ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"];

    public static string Khmer(DateOnly date) =>
        $"ថ្ងៃទី{KhmerDigits(date.Day.ToString("00", CultureInfo.InvariantCulture))} ខែ{KhmerMonths[date.Month - 1]} ឆ្នាំ{KhmerDigits(date.Year.ToString(CultureInfo.InvariantCulture))}";

    public static string English(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string KhmerDigits(string digits) => string.Concat(digits.Select(digit => (char)('០' + (digit - '0'))));
}
