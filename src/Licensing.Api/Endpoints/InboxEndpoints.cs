using Licensing.Application.Common;
using Licensing.Application.Inbox;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Licensing.Api.Endpoints;

public static class InboxEndpoints
{
    public static void MapInboxEndpoints(this RouteGroupBuilder api)
    {
        var inbox = api.MapGroup("/inbox").WithTags("Inbox").RequireAuthorization();
        inbox.MapGet("/", ListAsync);
        inbox.MapPost("/{id:guid}/read", MarkReadAsync);
    }

    private static async Task<Ok<Page<ListInbox.Item>>> ListAsync(bool? unreadOnly, int? page, int? pageSize, ListInbox.Handler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new ListInbox.Query(unreadOnly ?? false, page, pageSize), cancellationToken));

    private static async Task<NoContent> MarkReadAsync(Guid id, MarkInboxItemRead.Handler handler, CancellationToken cancellationToken)
    {
        await handler.HandleAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }
}
