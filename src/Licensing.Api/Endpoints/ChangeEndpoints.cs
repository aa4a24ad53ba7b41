using Licensing.Application.Changes;
using Licensing.Application.Security;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Licensing.Api.Endpoints;

/// <summary>
/// The change feeds other systems keep their copy by (ADR-029): the licence register's and the workers', each scoped like
/// the records' own GETs. A client reads from 0, then from each page's <c>next</c>, and applies each change in order.
/// </summary>
public static class ChangeEndpoints
{
    private const string Reading = "Changes in commit order after the cursor 'since' (0 to start), at most 'limit' a page (default "
        + "50); each carries the record as its GET shows it to the caller now. Continue from 'next'; a page whose 'next' equals "
        + "'since' has nothing new. A cursor beyond the feed's last position is refused (400).";

    public static void MapChangeEndpoints(this RouteGroupBuilder api)
    {
        var changes = api.MapGroup("/changes").WithTags("Changes");
        changes.MapGet("/register", RegisterAsync).RequireAuthorization(Policies.RegisterReaders)
            .WithDescription("Licences (as GET /licences/{id}) and agencies (as GET /agencies/{id}). " + Reading);
        changes.MapGet("/workers", WorkersAsync).RequireAuthorization(Policies.WorkerViewers)
            .WithDescription("Workers with their deployments (as GET /workers/{id}, each read audited), within the caller's scope. " + Reading);
    }

    private static Task<Results<Ok<ReadChanges.Page>, ValidationProblem>> RegisterAsync(long? since, int? limit, ReadChanges.Handler handler, CancellationToken ct) =>
        PageAsync(ReadChanges.Feed.Register, since ?? 0, limit, handler, ct);

    private static Task<Results<Ok<ReadChanges.Page>, ValidationProblem>> WorkersAsync(long? since, int? limit, ReadChanges.Handler handler, CancellationToken ct) =>
        PageAsync(ReadChanges.Feed.Workers, since ?? 0, limit, handler, ct);

    private static async Task<Results<Ok<ReadChanges.Page>, ValidationProblem>> PageAsync(
        ReadChanges.Feed feed, long since, int? limit, ReadChanges.Handler handler, CancellationToken ct)
    {
        if (await handler.HandleAsync(feed, since, limit, ct) is { } page) return TypedResults.Ok(page);
        var refusal = Catalogue.Say(Keys.CursorBeyondTheFeed, "since");
        return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["since"] = [refusal] }, detail: refusal,
            title: Catalogue.Say(ErrorCodes.OutOfRange), extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.OutOfRange });
    }
}
