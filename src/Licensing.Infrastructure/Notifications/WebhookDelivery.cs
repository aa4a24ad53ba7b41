using System.Text;
using Licensing.Domain.Notifications;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Infrastructure.Notifications;

/// <summary>
/// POSTs the message's JSON to the recipient body's endpoint, signed. Only a 2xx answer counts as
/// acknowledged; anything else throws, so the dispatcher retries with backoff and in the end
/// dead-letters it. The delivery id stays the same across retries.
/// </summary>
public sealed class WebhookDelivery(LicensingDbContext db, IHttpClientFactory clients, TimeProvider clock) : IDeliveryChannel
{
    public const string ClientName = "webhooks";

    public string Name => NotificationChannel.Webhook;

    public async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var endpoint = await db.WebhookEndpoints.AsNoTracking().SingleOrDefaultAsync(w => w.BodyKey == message.Recipient && w.Enabled, cancellationToken)
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
