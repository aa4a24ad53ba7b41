using System.Globalization;
using Licensing.Domain.Common;

namespace Licensing.Infrastructure.Documents.Layout;

/// <summary>Dates as a Cambodian official document writes them, in Khmer and in English.</summary>
internal static class DocumentDates
{
    /// <summary>As <see cref="BilingualDate.Day"/> words it, with the day in two digits as official documents write it.</summary>
    public static string Khmer(DateOnly date) =>
        $"ថ្ងៃទី{BilingualDate.KhmerDigits(date.Day.ToString("00", CultureInfo.InvariantCulture))} ខែ{BilingualDate.KhmerMonth(date.Month)} ឆ្នាំ{BilingualDate.KhmerDigits(date.Year.ToString(CultureInfo.InvariantCulture))}";

    public static string English(DateOnly date) => BilingualDate.Day(date).En;
}
