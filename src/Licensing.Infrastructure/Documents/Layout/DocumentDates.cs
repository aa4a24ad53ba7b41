using System.Globalization;
using Licensing.Application.Texts;
using Licensing.Domain.Common;

namespace Licensing.Infrastructure.Documents.Layout;

/// <summary>Dates as a Cambodian official document writes them, in Khmer and in English (the catalogue's <c>document.date</c>).</summary>
internal static class DocumentDates
{
    /// <summary>Khmer digits and month, with the day in two digits as official documents write it.</summary>
    public static string Khmer(DateOnly date) => Catalogue.In(Languages.Khmer, Keys.DocumentDate,
        BilingualDate.KhmerDigits(date.Day.ToString("00", CultureInfo.InvariantCulture)), BilingualDate.KhmerMonth(date.Month),
        BilingualDate.KhmerDigits(date.Year.ToString(CultureInfo.InvariantCulture)));

    public static string English(DateOnly date) =>
        Catalogue.In(Languages.English, Keys.DocumentDate, date.Day, date.ToString("MMMM", CultureInfo.InvariantCulture), date.Year);
}
