using System.Globalization;

namespace Licensing.Domain.Common;

/// <summary>A series of numbers that starts again each year: PRA-2026-0001 for licences, DC-2026-000001 for clearances.</summary>
public sealed record NumberSeries(string Prefix, int Digits)
{
    public static readonly NumberSeries Licence = new("PRA", 4);
    public static readonly NumberSeries Clearance = new("DC", 6);

    /// <summary>What every number of the year starts with, "PRA-2026-".</summary>
    public string YearPrefix(int year) => $"{Prefix}-{year}-";

    public YearlyNumber Number(int year, int sequence) => new(this, year, sequence);

    /// <summary>The number <paramref name="text"/> names in this series, or null when it is not one of them.</summary>
    public YearlyNumber? Parse(string text)
    {
        var parts = text.Split('-');
        return parts.Length == 3 && parts[0] == Prefix && parts[2].Length >= Digits
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) && sequence > 0
                ? new YearlyNumber(this, year, sequence)
                : null;
    }
}

/// <summary>
/// One number of a yearly series. Its text is padded to the series' digits and grows past them (PRA-2026-10000 follows
/// PRA-2026-9999), so the text sorts by length first, then as text.
/// </summary>
public sealed record YearlyNumber(NumberSeries Series, int Year, int Sequence)
{
    public YearlyNumber Next() => this with { Sequence = Sequence + 1 };

    public override string ToString() =>
        Series.YearPrefix(Year) + Sequence.ToString("D" + Series.Digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
