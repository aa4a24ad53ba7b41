using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web;

/// <summary>
/// A page's filter as query-string values: every property it binds from the query string except the page number,
/// written the way the pages and the API read them back (invariant numbers, yyyy-MM-dd days, enum names). A blank
/// field means "any", so it is left out. Page links and export links carry exactly this.
/// </summary>
public static class QueryValues
{
    public const string PageNumber = "pageNumber";

    public static Dictionary<string, string> Filter(this PageModel page) =>
        page.GetType().GetProperties()
            .Where(p => p.GetCustomAttribute<BindPropertyAttribute>()?.SupportsGet == true
                && !p.Name.Equals(PageNumber, StringComparison.OrdinalIgnoreCase))
            .Select(p => (Key: JsonNamingPolicy.CamelCase.ConvertName(p.Name), Text: Written(p.GetValue(page))))
            .Where(v => !string.IsNullOrWhiteSpace(v.Text))
            .ToDictionary(v => v.Key, v => v.Text!.Trim());

    private static string? Written(object? value) => value switch
    {
        null or false => null,
        true => "true",
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
