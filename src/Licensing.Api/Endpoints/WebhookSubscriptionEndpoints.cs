using System.Security.Claims;
using Licensing.Application.Common;
using Licensing.Application.Outbox;
using Licensing.Application.Security;
using Licensing.Application.Webhooks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Licensing.Api.Endpoints;

/// <summary>
/// A system's webhook subscriptions (ADR-028): it manages its own with a client-credentials token holding
/// webhooks.manage; the administrator sees every client's and may disable one.
/// </summary>
public static class WebhookSubscriptionEndpoints
{
    public static void MapWebhookSubscriptionEndpoints(this RouteGroupBuilder api)
    {
        var own = api.MapGroup("/webhooks/subscriptions").WithTags("Webhooks").RequireAuthorization(Policies.WebhookSubscribers);
        own.MapGet("", (ClaimsPrincipal user, ListWebhookSubscriptions.Handler handler, CancellationToken ct) => handler.HandleAsync(WebhookClient.From(user), ct));
        own.MapPost("", CreateAsync).WithDescription("Subscribes an https address to event kinds; the secret that signs its deliveries is in this answer only.");
        own.MapPut("/{id:guid}", async (Guid id, ChangeWebhookSubscription.Command change, ClaimsPrincipal user, ChangeWebhookSubscription.Handler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(WebhookClient.From(user), id, change, ct);
            return TypedResults.NoContent();
        });
        own.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, DeleteWebhookSubscription.Handler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(WebhookClient.From(user), id, ct);
            return TypedResults.NoContent();
        });
        own.MapPost("/{id:guid}/secret", async (Guid id, ClaimsPrincipal user, RotateWebhookSubscriptionSecret.Handler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(WebhookClient.From(user), id, ct)))
            .WithDescription("Replaces the subscription's secret; the new one is in this answer only.");
        own.MapGet("/{id:guid}/deliveries", DeliveriesAsync);

        var admin = api.MapGroup("/admin/webhook-subscriptions").WithTags("Administration").RequireAuthorization(Policies.Administrators);
        admin.MapGet("", (ListWebhookSubscriptions.Handler handler, CancellationToken ct) => handler.ListAsync(null, ct));
        admin.MapPost("/{id:guid}/disable", async (Guid id, DisableWebhookSubscription.Handler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(id, ct);
            return TypedResults.NoContent();
        });
    }

    private static async Task<Created<CreateWebhookSubscription.Created>> CreateAsync(
        CreateWebhookSubscription.Command command, ClaimsPrincipal user, CreateWebhookSubscription.Handler handler, CancellationToken ct)
    {
        var created = await handler.HandleAsync(WebhookClient.From(user), command, ct);
        return TypedResults.Created($"/api/v1/webhooks/subscriptions/{created.Id}", created);
    }

    private static async Task<Ok<Page<ListWebhookDeliveries.Item>>> DeliveriesAsync(
        Guid id, int? page, int? pageSize, ClaimsPrincipal user, ListWebhookDeliveries.Handler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(WebhookClient.From(user), id, new ListWebhookDeliveries.Query(page, pageSize), ct));
}
