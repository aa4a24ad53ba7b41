using System.Globalization;
using System.Resources;
using Licensing.Domain.Common;

namespace Licensing.Application.Texts;

/// <summary>
/// Every message a person reads, in Khmer and English (Texts/Catalogue.resx and Catalogue.km.resx; ADR-026): a refusal
/// by its code, a message built in code by a <see cref="Keys"/> constant, text written in a view by its English wording.
/// Values are set in with the message's own language: a <see cref="LocalizedText"/> or a <see cref="CatalogueWord"/> in
/// that language, a day as yyyy-MM-dd, numbers in Latin digits (docs/numbers-and-dates.md); amounts arrive already
/// written by <c>Amounts.Written</c>.
/// </summary>
public static class Catalogue
{
    private static readonly ResourceManager Resources = new("Licensing.Application.Texts.Catalogue", typeof(Catalogue).Assembly);
    private static readonly CultureInfo Khmer = CultureInfo.GetCultureInfo("km");

    /// <summary>The message in the language of the request (its UI culture).</summary>
    public static string Say(string key, params object?[] arguments) => In(CultureInfo.CurrentUICulture.Name, key, arguments);

    public static string In(string language, string key, params object?[] arguments)
    {
        var template = Template(key, language);
        return arguments.Length == 0 ? template : string.Format(new ValueFormatter(language), template, arguments);
    }

    /// <summary>The message in both languages, for a reader whose language is not known here.</summary>
    public static LocalizedText Both(string key, params object?[] arguments) => new(In("km", key, arguments), In("en", key, arguments));

    /// <summary>The words of a broken rule in the reader's language, followed by each of its reasons.</summary>
    public static string Words(DomainException refusal, string language) =>
        string.Join(" ", [In(language, refusal.MessageKey, [.. refusal.Arguments]), .. refusal.Details.Select(d => Words(d, language))]);

    public static string Words(DomainErrorDetail detail, string language) => In(language, detail.MessageKey, detail.Arguments);

    /// <summary>The entry itself, unformatted; a missing key is a bug the catalogue test catches, never a blank.</summary>
    public static string Template(string key, string language) =>
        Find(key, language) ?? throw new KeyNotFoundException($"The catalogue has no entry '{key}'.");

    /// <summary>The entry, or null when the catalogue has none (a page names an enum value or a stored term by it).</summary>
    public static string? Find(string key, string language) =>
        Resources.GetString(key, IsKhmer(language) ? Khmer : CultureInfo.InvariantCulture);

    private static bool IsKhmer(string language) => language.StartsWith("km", StringComparison.OrdinalIgnoreCase);

    private sealed class ValueFormatter(string language) : IFormatProvider, ICustomFormatter
    {
        public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : null;

        public string Format(string? format, object? arg, IFormatProvider? formatProvider) => arg switch
        {
            LocalizedText text => text.In(language),
            CatalogueWord word => In(language, word.Key),
            DateOnly day => day.ToString(format ?? "yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable value => value.ToString(format, CultureInfo.InvariantCulture),
            _ => arg?.ToString() ?? "",
        };
    }
}
