using System.Globalization;
using System.Text.Json;
using Licensing.Application.Abstractions;
using Licensing.Application.Disappearances;
using Licensing.Application.ReferenceData;
using Licensing.Domain.Disappearances;
using Licensing.Web;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Licensing.Api.Endpoints;

/// <summary>
/// The server-sent events stream of alerts for the caller's body. It subscribes before it reads
/// the backlog, so an alert committed in between is sent once (duplicates by sequence are
/// skipped), then sends live alerts, with a comment every 15 seconds to keep proxies open. Each alert carries what
/// its card on the alerts page shows: the country's name in Khmer and English (the page picks its language, as for
/// the title) and the Phnom Penh time it was reported.
/// </summary>
internal static class AlertStream
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static async Task StreamAsync(HttpContext http, ILiveAlertFeed feed, ICurrentUser user, ListReferenceData.Handler reference, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var cards = new CardWriter(json.Value.SerializerOptions, (await reference.CountriesAsync(ct)).ToDictionary(c => c.Code));
        var bodies = new HashSet<RecipientBody> { user.BodyOf()! };
        using var subscription = feed.Subscribe(bodies);
        var last = ResumeAfter(http.Request) ?? await feed.LatestAsync(ct);

        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        try
        {
            await http.Response.WriteAsync("retry: 3000\n\n", ct);
            last = await SendBacklogAsync(http, feed, bodies, last, cards, ct);
            await SendLiveAsync(http, feed, subscription, last, cards, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // the officer closed the page or lost the connection
        }
    }

    private static async Task<long> SendBacklogAsync(HttpContext http, ILiveAlertFeed feed, IReadOnlySet<RecipientBody> bodies, long last, CardWriter cards, CancellationToken ct)
    {
        IReadOnlyList<LiveAlert> backlog;
        do
        {
            backlog = await feed.ReplayAsync(bodies, last, ct);
            foreach (var alert in backlog) last = await SendAsync(http, feed, alert, cards, ct);
        }
        while (backlog.Count == feed.ReplayPageSize);
        await http.Response.Body.FlushAsync(ct);
        return last;
    }

    private static async Task SendLiveAsync(HttpContext http, ILiveAlertFeed feed, ILiveAlertSubscription subscription, long last, CardWriter cards, CancellationToken ct)
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
                    if (alert.Sequence > last) last = await SendAsync(http, feed, alert, cards, ct);
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

    private static async Task<long> SendAsync(HttpContext http, ILiveAlertFeed feed, LiveAlert alert, CardWriter cards, CancellationToken ct)
    {
        await http.Response.WriteAsync($"id: {alert.Sequence}\nevent: alert\ndata: {cards.Write(alert)}\n\n", ct);
        feed.RecordLiveDelivery(alert.Sequence);
        return alert.Sequence;
    }

    /// <summary>The alert as JSON, with the country's names and the time it was reported as the pages show it.</summary>
    private sealed record CardWriter(JsonSerializerOptions Json, IReadOnlyDictionary<string, ListReferenceData.CountryItem> Countries)
    {
        public string Write(LiveAlert alert)
        {
            var card = JsonSerializer.SerializeToNode(alert, Json)!.AsObject();
            var country = Countries.GetValueOrDefault(alert.CountryCode);
            card["countryEn"] = country?.NameEn ?? alert.CountryCode;
            card["countryKm"] = country?.NameKm ?? alert.CountryCode;
            card["reported"] = Display.LocalTime(alert.ReportedAt);
            return card.ToJsonString(Json);
        }
    }
}
