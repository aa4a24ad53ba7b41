using System.Text.RegularExpressions;
using Licensing.Api.Tests.Support;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Licensing.Web.Tests;

/// <summary>
/// Issue 20, "done when": each role's main pages, walked in Khmer on a phone, show no run of English words.
/// A run is two or more Latin words in a row. Allowed: what people typed or registered (names of agencies,
/// people, employers, places they wrote), codes, numbers, addresses, what the page marks as English (<c>lang="en"</c>,
/// such as the English form of a name shown beside the Khmer one), and the few terms in <see cref="Allowed"/>.
/// </summary>
public sealed partial class KhmerWalkTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    /// <summary>Terms kept in Latin letters on Khmer pages: currencies, acronyms people know them by, file formats, product and protocol names.</summary>
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "USD", "THB", "KHR", "MYR", "KRW", "JPY", "SGD", "PDF", "CSV", "QR", "SMS", "PIN", "MLVT", "MOI", "PDLVT", "API", "ID", "Hangfire", "OpenID", "Connect",
    };

    /// <summary>Tables whose text is reference data or system wording, which must be shown in the reader's language, not allowed as typed.</summary>
    private static readonly HashSet<string> NotTypedByPeople =
    [
        "OutboxMessages", "InboxItems", "AuditEntries", "Settings", "JobSchedules", "Countries", "Provinces", "Sectors",
        "DocumentRequirements", "ChecklistItems", "ContractClauses", "PublicHolidays", "__EFMigrationsHistory",
    ];

    /// <summary>The page's text, except what is marked as written in another language (<c>lang="en"</c>, such as a name's English form) and scripts.</summary>
    private const string KhmerTextScript = """
        () => {
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const parts = [];
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const element = node.parentElement;
                if (!element || element.closest('script, style, template')) continue;
                if (!(element.closest('[lang]')?.lang ?? 'km').startsWith('km')) continue;
                parts.push(node.textContent);
            }
            return parts.join('\n');
        }
        """;

    public static TheoryData<string> Roles => [.. DemoLogins.All];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EachMainPageOfTheRole_InKhmer_HasNoRunOfEnglishWords_AndFitsThePhone(string login)
    {
        var typed = await WordsPeopleTypedAsync();
        var page = await app.SignedInAsync(login, LicensingApp.DemoPassword, phone: true, english: false);
        var menu = await Addresses(page.Locator("nav a"));
        var records = new List<string>();
        var found = new List<string>();
        foreach (var address in menu)
        {
            found.AddRange(await EnglishOnAsync(page, address, typed));
            var record = (await Addresses(page.Locator("main a"))).FirstOrDefault(a => RecordAddress().IsMatch(a) && !menu.Contains(a));
            if (record is not null && !records.Contains(record)) records.Add(record);
        }
        foreach (var record in records) found.AddRange(await EnglishOnAsync(page, record, typed));
        await BrowserApp.ScreenshotAsync(page, $"khmer-walk-{login.Split('@')[0]}-phone");
        Assert.True(found.Count == 0, $"English on Khmer pages, or pages wider than the phone, for {login}:\n{string.Join('\n', found.Distinct())}");
    }

    /// <summary>
    /// Opens the page and returns its runs of English words, each with the page's address, and says so when the page is
    /// wider than the phone (a wide table scrolls inside its own box; the page itself must not).
    /// </summary>
    private static async Task<IEnumerable<string>> EnglishOnAsync(IPage page, string address, HashSet<string> typed)
    {
        await page.GotoAsync(address);
        var text = await page.EvaluateAsync<string>(KhmerTextScript);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var viewport = page.ViewportSize!.Width;
        return EnglishRuns(text, typed).Select(run => $"{address}: \"{run}\"")
            .Concat(width > viewport ? [$"{address}: {width} px wide on a {viewport} px phone"] : []).ToList();
    }

    private static async Task<List<string>> Addresses(ILocator links)
    {
        var hrefs = await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href') || '')");
        return hrefs.Where(h => h.StartsWith('/') && !h.StartsWith("/api/", StringComparison.Ordinal) && !DownloadAddress().IsMatch(h))
            .Distinct().ToList();
    }

    private static IEnumerable<string> EnglishRuns(string text, HashSet<string> typed)
    {
        var withoutAddresses = AddressOrCode().Replace(text, " ");
        var run = new List<string>();
        foreach (var token in withoutAddresses.Split((char[])[' ', '\n', '\t', '\r', '\u00a0', '·', '|', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.Trim('.', ',', ':', ';', '!', '?', '"', '\'', '“', '”', '‘', '’', '«', '»', '–', '-', '*');
            if (LatinWord().IsMatch(word) && !Allowed.Contains(word) && !typed.Contains(word))
            {
                run.Add(word);
                continue;
            }
            if (run.Count >= 2) yield return string.Join(' ', run);
            run.Clear();
        }
        if (run.Count >= 2) yield return string.Join(' ', run);
    }

    /// <summary>Every Latin word of the text people typed or registered (names, addresses, descriptions) in the demo database.</summary>
    private async Task<HashSet<string>> WordsPeopleTypedAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<LicensingDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = await ColumnValuesAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table'");
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in tables.Where(t => !NotTypedByPeople.Contains(t) && !t.StartsWith("sqlite_", StringComparison.Ordinal)))
        {
            var columns = await ColumnValuesAsync(connection, $"SELECT name FROM pragma_table_info('{table}') WHERE type = 'TEXT' AND name NOT LIKE '%En'");
            foreach (var column in columns)
            {
                foreach (var value in await ColumnValuesAsync(connection, $"SELECT DISTINCT \"{column}\" FROM \"{table}\" WHERE \"{column}\" IS NOT NULL"))
                {
                    words.UnionWith(LatinWords().Matches(value).Select(m => m.Value));
                }
            }
        }
        return words;
    }

    private static async Task<List<string>> ColumnValuesAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        return values;
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z'’]+$")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’]+")]
    private static partial Regex LatinWords();

    /// <summary>E-mail and web addresses, phone numbers, and codes such as PRA-2026-0001 or KH-3.</summary>
    [GeneratedRegex(@"\S+@\S+|https?://\S+|\b[A-Z]{1,5}(-[A-Z0-9]+)+\b")]
    private static partial Regex AddressOrCode();

    /// <summary>A link to one record: a path segment that is an id or a number.</summary>
    [GeneratedRegex(@"/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+)(/|\?|$)")]
    private static partial Regex RecordAddress();

    [GeneratedRegex(@"(\.csv|\.pdf|/export|/download|/file)", RegexOptions.IgnoreCase)]
    private static partial Regex DownloadAddress();
}
