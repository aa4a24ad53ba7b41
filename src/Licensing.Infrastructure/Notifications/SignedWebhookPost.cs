using System.Globalization;
using System.Text;
using Licensing.Domain.Notifications;

namespace Licensing.Infrastructure.Notifications;

/// <summary>
/// One signed POST of an outbox message's JSON (<see cref="WebhookSignature"/>), for a body's endpoint and for a client's
/// subscription alike. Only a 2xx answer counts as acknowledged; anything else throws, so the dispatcher retries with
/// backoff and in the end dead-letters it. The delivery id stays the same across retries, so a receiver can drop repeats.
/// </summary>
public static class SignedWebhookPost
{
    public const string EventHeader = "Licensing-Event";

    public static async Task SendAsync(HttpClient client, TimeProvider clock, string url, string secret, OutboxMessage message, CancellationToken cancellationToken)
    {
        var deliveryId = message.Id.ToString();
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(message.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.DeliveryHeader, deliveryId);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, deliveryId, timestamp, message.Body));
        request.Headers.Add(EventHeader, message.Subject);
        using var response = await client.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The webhook answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }
    }
}
