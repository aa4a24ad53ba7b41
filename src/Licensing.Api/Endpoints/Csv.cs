namespace Licensing.Api.Endpoints;

/// <summary>RFC 4180 rows that a spreadsheet cannot mistake for formulas.</summary>
public static class Csv
{
    /// <summary>Starts a UTF-8 CSV download (with a BOM, so spreadsheets read Khmer) and writes its header row.</summary>
    public static async Task<StreamWriter> StartAsync(HttpResponse response, string fileName, string header)
    {
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename={fileName}";
        var writer = new StreamWriter(response.Body, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await writer.WriteLineAsync(header);
        return writer;
    }

    public static string Row(params string[] cells) => string.Join(',', cells.Select(Cell));

    private static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0])) value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
