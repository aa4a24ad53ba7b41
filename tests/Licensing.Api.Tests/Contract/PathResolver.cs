using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Licensing.Api.Tests.Contract;

/// <summary>
/// Fills a path template's parameters with real values the caller can see: each from the list above it
/// (<c>/agencies/{id}</c> from <c>/agencies</c>), else from the record above it (<c>{deploymentId}</c> from the worker's
/// <c>deployments</c>); a parameter nothing names gets a value that exists nowhere, and the answer is then a 404.
/// </summary>
public sealed partial class PathResolver(HttpClient client)
{
    private readonly Dictionary<string, JsonElement?> _answers = [];

    public async Task<string> ResolveAsync(string template)
    {
        var path = template;
        while (Placeholder().Match(path) is { Success: true } placeholder)
        {
            var name = placeholder.Groups[1].Value;
            var above = path[..(placeholder.Index - 1)];
            var value = await FromListAsync(above, name) ?? await FromRecordAsync(above, name) ?? Unknown(name);
            path = path[..placeholder.Index] + Uri.EscapeDataString(value) + path[(placeholder.Index + placeholder.Length)..];
        }
        return path;
    }

    private async Task<string?> FromListAsync(string list, string name) =>
        await GetAsync(list) is { } answer && Items(answer).FirstOrDefault() is { ValueKind: JsonValueKind.Object } first ? Field(first, name) : null;

    private async Task<string?> FromRecordAsync(string list, string name)
    {
        var record = list[..list.LastIndexOf('/')];
        if (await GetAsync(record) is not { ValueKind: JsonValueKind.Object } answer) return null;
        var stem = name.EndsWith("Id", StringComparison.Ordinal) ? name[..^2] : name;
        return answer.EnumerateObject()
            .Where(p => p.Name.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray().ToList() : [p.Value])
            .Where(e => e.ValueKind == JsonValueKind.Object)
            .Select(e => Field(e, "id"))
            .FirstOrDefault(v => v is not null);
    }

    private async Task<JsonElement?> GetAsync(string path)
    {
        if (_answers.TryGetValue(path, out var known)) return known;
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var json = response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "application/json";
        return _answers[path] = json ? await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken) : null;
    }

    private static IEnumerable<JsonElement> Items(JsonElement? answer) => answer switch
    {
        { ValueKind: JsonValueKind.Array } array => array.EnumerateArray(),
        { ValueKind: JsonValueKind.Object } page when page.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array => items.EnumerateArray(),
        _ => [],
    };

    private static string? Field(JsonElement item, string name)
    {
        var field = name == "id" || name.EndsWith("Id", StringComparison.Ordinal) ? "id" : name;
        return item.TryGetProperty(field, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number ? value.ToString() : null;
    }

    private static string Unknown(string name) => name == "id" || name.EndsWith("Id", StringComparison.Ordinal) ? Guid.NewGuid().ToString() : "unknown";

    [GeneratedRegex(@"\{([A-Za-z]+)[^}]*\}")]
    private static partial Regex Placeholder();
}
