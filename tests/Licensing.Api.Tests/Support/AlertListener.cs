using System.Text.Json;
using System.Threading.Channels;

namespace Licensing.Api.Tests.Support;

/// <summary>
/// A connected officer's server-sent events stream, read in the background. Events arrive in
/// <see cref="Events"/>; <see cref="NextAsync"/> waits for the next one matching a condition.
/// </summary>
public sealed class AlertListener : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<(long Id, JsonElement Data)> _events = Channel.CreateUnbounded<(long, JsonElement)>();
    private readonly HttpClient _client;
    private readonly Task _reading;

    private AlertListener(HttpClient client, HttpResponseMessage response)
    {
        _client = client;
        _reading = ReadAsync(response);
    }

    public List<(long Id, JsonElement Data)> Events { get; } = [];

    public static async Task<AlertListener> ConnectAsync(HttpClient client, long? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/alerts/stream");
        if (lastEventId is { } id) request.Headers.Add("Last-Event-ID", id.ToString());
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new AlertListener(client, response);
    }

    public async Task<(long Id, JsonElement Data)> NextAsync(Func<JsonElement, bool> matches, TimeSpan? timeout = null)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        wait.CancelAfter(timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var next = await _events.Reader.ReadAsync(wait.Token);
            if (matches(next.Data)) return next;
        }
    }

    private async Task ReadAsync(HttpResponseMessage response)
    {
        using (response)
        await using (var stream = await response.Content.ReadAsStreamAsync(_stop.Token))
        using (var reader = new StreamReader(stream))
        {
            long id = 0;
            try
            {
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    if (line.StartsWith("id: ")) id = long.Parse(line[4..]);
                    if (!line.StartsWith("data: ")) continue;
                    var data = JsonDocument.Parse(line[6..]).RootElement.Clone();
                    lock (Events) Events.Add((id, data));
                    await _events.Writer.WriteAsync((id, data));
                }
            }
            catch (OperationCanceledException) { }
            catch (IOException) { }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        _client.Dispose();
        _stop.Dispose();
    }
}
