using System.Globalization;
using Licensing.Application.Common;
using Licensing.Domain.Calendar;
using Licensing.Domain.Common;

namespace Licensing.Web;

/// <summary>
/// How instants, days and amounts are shown, the same way on every page (docs/numbers-and-dates.md): instants in
/// Cambodia's time zone; amounts and numbers in Latin digits with "," between thousands and "." before the decimals;
/// days in lists as yyyy-MM-dd, days in a sentence in the reader's language (Khmer month names and digits).
/// </summary>
public static class Display
{
    /// <summary>The reader's language, "km" or "en".</summary>
    public static string Language => Languages.Of(CultureInfo.CurrentUICulture.Name);

    /// <summary>The language the reader is not reading: a name shown a second time, smaller, for the other reader.</summary>
    public static string OtherLanguage => Language == Languages.Khmer ? Languages.English : Languages.Khmer;

    /// <summary>A name stored in both languages, in the reader's.</summary>
    public static string Name(string km, string en) => new LocalizedText(km, en).In(Language);

    /// <summary>A name stored in both languages, in the one the reader is not reading.</summary>
    public static string OtherName(string km, string en) => new LocalizedText(km, en).In(OtherLanguage);

    /// <summary>An amount with its currency code first, "USD 1,500.75", on Khmer and English pages alike.</summary>
    public static string Money(decimal? amount, string currency = "USD") => amount is { } value ? Amounts.Written(value, currency) : "—";

    /// <summary>A day inside a sentence: "4 December 2026", or "ថ្ងៃទី៤ ខែធ្នូ ឆ្នាំ២០២៦" on a Khmer page.</summary>
    public static string Day(DateOnly day) => BilingualDate.Day(day).In(CultureInfo.CurrentUICulture.Name);

    public static string LocalTime(DateTimeOffset? instant) => instant is { } value
        ? PhnomPenh.LocalTime(value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
        : "—";

    /// <summary>The value of a datetime-local input: Phnom Penh time without an offset.</summary>
    public static string LocalInput(DateTimeOffset? instant) => instant is { } value
        ? PhnomPenh.LocalTime(value).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)
        : "";

    /// <summary>A file's size: bytes below one kilobyte (never "0 KB"), kilobytes with one decimal below ten, then megabytes.</summary>
    public static string FileSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes.ToString(CultureInfo.InvariantCulture)} B",
        < 1024 * 1024 => $"{(bytes / 1024d).ToString(bytes < 10 * 1024 ? "0.#" : "0", CultureInfo.InvariantCulture)} KB",
        _ => $"{(bytes / (1024d * 1024)).ToString("0.#", CultureInfo.InvariantCulture)} MB",
    };

    /// <summary>Whole minutes (one decimal below ten) from one instant to a later one.</summary>
    public static string Minutes(DateTimeOffset from, DateTimeOffset to)
    {
        var minutes = (to - from).TotalMinutes;
        return minutes.ToString(minutes < 10 ? "0.#" : "0", CultureInfo.InvariantCulture);
    }
}
