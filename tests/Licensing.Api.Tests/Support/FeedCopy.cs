using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Licensing.Api.Tests.Support;

/// <summary>
/// Another ministry's copy kept by a change feed: starts empty, reads the feed page by page from its cursor and applies
/// each change in order (the record as the change shows it, or its removal).
/// </summary>
public sealed class FeedCopy(string feed)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Each record by "kind/id" ("licence/…", "agency/…", "worker/…").</summary>
    public Dictionary<string, JsonNode> Records { get; } = [];

    public long Cursor { get; private set; }
    public int PagesRead { get; private set; }

    /// <summary>Reads until a page brings nothing new.</summary>
    public async Task CatchUpAsync(HttpClient client, int limit)
    {
        while (await ReadPageAsync(client, limit)) { }
    }

    /// <summary>Reads and applies one page, asserting that positions only ever increase; false when it brought nothing new.</summary>
    public async Task<bool> ReadPageAsync(HttpClient client, int limit)
    {
        var page = JsonNode.Parse(await client.GetStringAsync($"/api/v1/changes/{feed}?since={Cursor}&limit={limit}", Ct))!;
        var last = Cursor;
        foreach (var change in page["changes"]!.AsArray())
        {
            var position = change!["position"]!.GetValue<long>();
            Assert.True(position > last, $"Position {position} came after {last}.");
            last = position;
            Apply(change);
        }
        PagesRead++;
        var next = page["next"]!.GetValue<long>();
        Assert.True(next >= last, $"The next cursor {next} is before the page's last change {last}.");
        var moved = next != Cursor;
        Cursor = next;
        return moved;
    }

    public IReadOnlyList<Guid> IdsOf(string kind) => Records.Keys.Where(k => k.StartsWith(kind + "/", StringComparison.Ordinal)).Select(k => Guid.Parse(k[(kind.Length + 1)..])).ToList();

    /// <summary>
    /// The copy holds exactly the records the list at <paramref name="listPath"/> pages through, each equal to its GET at
    /// <paramref name="itemPath"/>/{id} now.
    /// </summary>
    public async Task AssertEqualsGetsAsync(HttpClient client, string kind, string listPath, string itemPath)
    {
        var listed = await ListedIdsAsync(client, listPath);
        Assert.Equal(listed.Order(), IdsOf(kind).Order());
        await AssertEachEqualsItsGetAsync(client, kind, itemPath);
    }

    /// <summary>Each record of the kind in the copy equals its GET at <paramref name="itemPath"/>/{id} now.</summary>
    public async Task AssertEachEqualsItsGetAsync(HttpClient client, string kind, string itemPath)
    {
        foreach (var id in IdsOf(kind))
        {
            var live = JsonNode.Parse(await client.GetStringAsync($"{itemPath}/{id}", Ct));
            var copied = Records[$"{kind}/{id}"];
            Assert.True(JsonNode.DeepEquals(live, copied), $"The copy of {kind} {id} differs from its GET.\ncopy: {copied.ToJsonString()}\nGET:  {live!.ToJsonString()}");
        }
    }

    private static async Task<List<Guid>> ListedIdsAsync(HttpClient client, string listPath)
    {
        var ids = new List<Guid>();
        for (var page = 1; ; page++)
        {
            var list = await client.GetFromJsonAsync<JsonElement>($"{listPath}?page={page}&pageSize=200", Ct);
            ids.AddRange(list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
            if (ids.Count >= list.GetProperty("total").GetInt32()) return ids;
        }
    }

    private void Apply(JsonNode change)
    {
        var kind = change["kind"]!.GetValue<string>().ToLowerInvariant();
        var key = $"{kind}/{change["id"]!.GetValue<Guid>()}";
        if (change["operation"]!.GetValue<string>() == "Delete") Records.Remove(key);
        else Records[key] = change[kind]!.DeepClone();
    }
}
