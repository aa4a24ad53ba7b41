using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Licensing.Infrastructure.Notifications;

/// <summary>POSTs the message's JSON to the recipient body's endpoint, signed with the body's secret (<see cref="SignedWebhookPost"/>).</summary>
public sealed class WebhookDelivery(LicensingDbContext db, IHttpClientFactory clients, TimeProvider clock) : IDeliveryChannel
{
    public const string ClientName = "webhooks";

    public string Name => NotificationChannel.Webhook;

    /// <summary>
    /// One delivery attempt rides out a brief fault (three tries of at most 5 s, about 1 and 2 s
    /// apart with jitter, 20 s in all) and no more: the outbox retries what still fails, later, and
    /// the attempt must end well within its lease. The circuit, one per receiver, stops calling a
    /// receiver that keeps failing, so a batch for a dead receiver fails fast.
    /// </summary>
    public static void ConfigureResilience(HttpStandardResilienceOptions options)
    {
        options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(5);
        options.Retry.MaxRetryAttempts = 2;
        options.Retry.Delay = TimeSpan.FromSeconds(1);
        options.Retry.BackoffType = DelayBackoffType.Exponential;
        options.Retry.UseJitter = true;
        options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(20);
        options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
        options.CircuitBreaker.MinimumThroughput = 5;
        options.CircuitBreaker.FailureRatio = 0.5;
        options.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(15);
    }

    public async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var body = RecipientBody.Parse(message.Recipient);
        var endpoint = await db.WebhookEndpoints.AsNoTracking().SingleOrDefaultAsync(w => w.BodyKey == body && w.Enabled, cancellationToken)
            ?? throw new InvalidOperationException($"No enabled webhook endpoint for '{message.Recipient}'.");
        await SignedWebhookPost.SendAsync(clients.CreateClient(ClientName), clock, endpoint.Url, endpoint.Secret, message, cancellationToken);
    }
}
