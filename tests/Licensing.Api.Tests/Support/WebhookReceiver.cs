using System.Collections.Concurrent;
using Licensing.Infrastructure.Notifications;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Licensing.Api.Tests.Support;

/// <summary>
/// A recipient body's own system: a real HTTP server on a loopback port that records each
/// signed delivery it receives. It can be down (not started yet) while the app tries to deliver.
/// </summary>
public sealed class WebhookReceiver(string secret) : IAsyncDisposable
{
    private WebApplication? _server;
    private int _refusals;

    public int Port { get; } = FreePort.Next();

    /// <summary>The key signatures are checked with; a subscription's is known only once the address is subscribed.</summary>
    public string Secret { get; set; } = secret;
    public string Url => $"http://127.0.0.1:{Port}/alerts";
    public ConcurrentQueue<Delivery> Deliveries { get; } = new();

    public sealed record Delivery(string Id, string Event, string Body, bool SignatureValid);

    /// <summary>How many requests were answered 503 (see <see cref="RefuseNext"/>); they are not in <see cref="Deliveries"/>.</summary>
    public int Refused { get; private set; }

    /// <summary>Answers the next requests 503 Service Unavailable, as a receiver briefly overloaded does.</summary>
    public void RefuseNext(int requests) => _refusals = requests;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(Url.Replace("/alerts", ""));
        _server = builder.Build();
        _server.MapPost("/alerts", async (HttpRequest request) =>
        {
            if (Interlocked.Decrement(ref _refusals) >= 0)
            {
                Refused++;
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            var id = request.Headers[WebhookSignature.DeliveryHeader].ToString();
            var timestamp = long.Parse(request.Headers[WebhookSignature.TimestampHeader].ToString());
            var valid = WebhookSignature.Verify(Secret, id, timestamp, body, request.Headers[WebhookSignature.SignatureHeader].ToString());
            Deliveries.Enqueue(new Delivery(id, request.Headers["Licensing-Event"].ToString(), body, valid));
            return Results.Ok();
        });
        await _server.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
