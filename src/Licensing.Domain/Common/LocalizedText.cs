namespace Licensing.Domain.Common;

/// <summary>A name held in both Khmer and English (the two languages of the system).</summary>
public sealed record LocalizedText(string Km, string En)
{
    public string In(string language) => language.StartsWith("km", StringComparison.OrdinalIgnoreCase) ? Km : En;

    /// <summary>Both wordings, Khmer first, for a reader whose language is not known (a duty mailbox, a webhook).</summary>
    public string Both(string separator) => Km == En ? Km : $"{Km}{separator}{En}";

    /// <summary>Several texts joined into one, in each language.</summary>
    public static LocalizedText Join(string separator, IEnumerable<LocalizedText> parts)
    {
        var all = parts.ToList();
        return new LocalizedText(string.Join(separator, all.Select(p => p.Km)), string.Join(separator, all.Select(p => p.En)));
    }
}
