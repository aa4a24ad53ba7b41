using System.Text.Json;
using System.Text.Json.Serialization;
using Licensing.Application.Abstractions;
using Licensing.Application.Webhooks;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Events;

/// <summary>
/// The one place an event becomes webhook deliveries to API clients' subscriptions: one outbox row per enabled
/// subscription to the kind, written in the save of the change (ADR-025), all carrying the same payload.
/// </summary>
public sealed class WebhookPublisher(ILicensingDb db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public Task PublishAsync(string kind, DateTimeOffset occurredAt, object data, CancellationToken cancellationToken) =>
        PublishAsync(kind, occurredAt, data, toldBodies: null, cancellationToken);

    /// <summary>A disappearance case's event goes only to clients of the bodies the case is told to (an embassy: its country's cases).</summary>
    public Task PublishAsync(string kind, DisappearanceCase report, DateTimeOffset occurredAt, CancellationToken cancellationToken, RecipientBody? body = null) =>
        PublishAsync(kind, occurredAt, DisappearanceEventData.Of(report, body), report.Recipients.Select(r => r.BodyKey).ToList(), cancellationToken);

    private async Task PublishAsync(string kind, DateTimeOffset occurredAt, object data, IReadOnlyCollection<RecipientBody>? toldBodies, CancellationToken cancellationToken)
    {
        var token = WebhookSubscription.Token(kind);
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking()
            .Where(s => s.Enabled && s.DisabledByAdministratorAt == null && s.EventKinds.Contains(token))
            .Select(s => new { s.Id, s.BodyKey }).ToListAsync(cancellationToken);
        var receivers = subscriptions.Where(s => toldBodies is null || toldBodies.Contains(s.BodyKey)).ToList();
        if (receivers.Count == 0) return;
        var payload = JsonSerializer.Serialize(new WebhookEvent(Guid.CreateVersion7(), kind, occurredAt, data), Json);
        // Queued now, whatever time the event names: a sweep run for another instant must not hold its deliveries back.
        var now = clock.GetUtcNow();
        db.OutboxMessages.AddRange(receivers.Select(s => new OutboxMessage(NotificationChannel.Subscription, s.Id.ToString(), kind, payload, now)));
    }
}
