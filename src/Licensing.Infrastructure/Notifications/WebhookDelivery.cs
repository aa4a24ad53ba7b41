using System.Text;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Licensing.Infrastructure.Notifications;

/// <summary>
/// POSTs the message's JSON to the recipient body's endpoint, signed. Only a 2xx answer counts as
/// acknowledged; anything else throws, so the dispatcher retries with backoff and in the end
/// dead-letters it. The delivery id stays the same across retries, so a receiver can drop repeats.
/// </summary>
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
        var deliveryId = message.Id.ToString();
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(message.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.DeliveryHeader, deliveryId);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(endpoint.Secret, deliveryId, timestamp, message.Body));
        request.Headers.Add("Licensing-Event", message.Subject);
        using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The webhook answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }
    }
}
