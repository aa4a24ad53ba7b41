namespace Licensing.Api.Endpoints;

/// <summary>RFC 4180 rows that a spreadsheet cannot mistake for formulas.</summary>
public static class Csv
{
    public static string Row(params string[] cells) => string.Join(',', cells.Select(Cell));

    private static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0])) value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
