using CsvHelper;
using Licensing.Application.Texts;

namespace Licensing.Api.Endpoints;

/// <summary>
/// CSV downloads: RFC 4180 rows that a spreadsheet cannot mistake for formulas, under a header row in the request's
/// language (docs/numbers-and-dates.md, "CSV files").
/// </summary>
public static class Csv
{
    /// <summary>
    /// UTF-8 with a BOM, so spreadsheets read Khmer; a cell that starts with = + - @, a tab or a CR
    /// gets a leading apostrophe (and quotes), so a spreadsheet shows it as text instead of running it.
    /// </summary>
    public static readonly CsvWriterOptions Options = new() { WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    /// <summary>Starts a CSV download and writes its header row: each column's catalogue entry in the request's language.</summary>
    public static async Task<CsvWriter> StartAsync(HttpResponse response, string fileName, IEnumerable<string> columns)
    {
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename={fileName}";
        var writer = CsvWriter.Create(response.Body, Options, leaveOpen: true);
        await writer.WriteRecordAsync([.. columns.Select(column => Catalogue.Say(column))], response.HttpContext.RequestAborted);
        return writer;
    }

    /// <summary>
    /// A CSV download of rows read as they come: the first row is read before the response starts,
    /// so a query that fails is answered with a problem instead of a header and a cut connection.
    /// </summary>
    public static async Task StreamAsync<T>(HttpResponse response, string fileName, IEnumerable<string> columns, IAsyncEnumerable<T> rows, Func<T, string[]> record)
    {
        var ct = response.HttpContext.RequestAborted;
        await using var row = rows.GetAsyncEnumerator(ct);
        var more = await row.MoveNextAsync();
        await using var writer = await StartAsync(response, fileName, columns);
        for (; more; more = await row.MoveNextAsync()) await writer.WriteRecordAsync(record(row.Current), ct);
    }
}
