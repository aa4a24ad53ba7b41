using System.Globalization;
using System.Text.Json;
using Licensing.Application.Abstractions;
using Licensing.Application.Disappearances;
using Licensing.Domain.Disappearances;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Licensing.Api.Endpoints;

/// <summary>
/// The server-sent events stream of alerts for the caller's body. It subscribes before it reads
/// the backlog, so an alert committed in between is sent once (duplicates by sequence are
/// skipped), then sends live alerts, with a comment every 15 seconds to keep proxies open.
/// </summary>
internal static class AlertStream
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static async Task StreamAsync(HttpContext http, ILiveAlertFeed feed, ICurrentUser user, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var options = json.Value.SerializerOptions;
        var bodies = new HashSet<RecipientBody> { user.BodyOf()! };
        using var subscription = feed.Subscribe(bodies);
        var last = ResumeAfter(http.Request) ?? await feed.LatestAsync(ct);

        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        try
        {
            await http.Response.WriteAsync("retry: 3000\n\n", ct);
            last = await SendBacklogAsync(http, feed, bodies, last, options, ct);
            await SendLiveAsync(http, feed, subscription, last, options, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // the officer closed the page or lost the connection
        }
    }

    private static async Task<long> SendBacklogAsync(HttpContext http, ILiveAlertFeed feed, IReadOnlySet<RecipientBody> bodies, long last, JsonSerializerOptions options, CancellationToken ct)
    {
        IReadOnlyList<LiveAlert> backlog;
        do
        {
            backlog = await feed.ReplayAsync(bodies, last, ct);
            foreach (var alert in backlog) last = await SendAsync(http, feed, alert, options, ct);
        }
        while (backlog.Count == feed.ReplayPageSize);
        await http.Response.Body.FlushAsync(ct);
        return last;
    }

    private static async Task SendLiveAsync(HttpContext http, ILiveAlertFeed feed, ILiveAlertSubscription subscription, long last, JsonSerializerOptions options, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
            wait.CancelAfter(Heartbeat);
            try
            {
                if (!await subscription.Alerts.WaitToReadAsync(wait.Token)) return;
                while (subscription.Alerts.TryRead(out var alert))
                {
                    if (alert.Sequence > last) last = await SendAsync(http, feed, alert, options, ct);
                }
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                await http.Response.WriteAsync(": keep-alive\n\n", ct);
            }
            catch (InvalidOperationException)
            {
                return; // fell behind: the client reconnects with Last-Event-ID
            }
            await http.Response.Body.FlushAsync(ct);
        }
    }

    private static long? ResumeAfter(HttpRequest request)
    {
        var given = request.Headers["Last-Event-ID"].FirstOrDefault() ?? request.Query["after"].FirstOrDefault();
        return long.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence : null;
    }

    private static async Task<long> SendAsync(HttpContext http, ILiveAlertFeed feed, LiveAlert alert, JsonSerializerOptions options, CancellationToken ct)
    {
        await http.Response.WriteAsync($"id: {alert.Sequence}\nevent: alert\ndata: {JsonSerializer.Serialize(alert, options)}\n\n", ct);
        feed.RecordLiveDelivery(alert.Sequence);
        return alert.Sequence;
    }
}
