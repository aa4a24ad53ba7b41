using System.Text;
using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

/// <summary>A file the browser downloads when a link is clicked, read as CSV rows (the header first).</summary>
public static class Download
{
    public static async Task<List<string[]>> CsvAsync(ILocator link)
    {
        var download = await link.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync(), new() { Timeout = 15_000 });
        return Rows(await File.ReadAllTextAsync(await download.PathAsync()));
    }

    /// <summary>RFC 4180: cells between commas, quoted when they hold a comma, a quote (doubled) or a line break.</summary>
    private static List<string[]> Rows(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted && c == '"' && i + 1 < text.Length && text[i + 1] == '"') cell.Append(text[++i]);
            else if (c == '"') quoted = !quoted;
            else if (quoted || (c != ',' && c != '\r' && c != '\n')) cell.Append(c);
            else if (c == ',') row.Add(Take(cell));
            else if (c == '\n')
            {
                row.Add(Take(cell));
                rows.Add([.. row]);
                row.Clear();
            }
        }
        return rows;
    }

    private static string Take(StringBuilder cell)
    {
        var text = cell.ToString();
        cell.Clear();
        return text;
    }
}
