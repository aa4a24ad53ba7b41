using Licensing.Application.Security;
using Licensing.Application.Common;
using Licensing.Application.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Licensing.Api.Endpoints;

public static class UserEndpoints
{
    public static void MapUserEndpoints(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users").RequireAuthorization(Policies.Administrators);
        users.MapGet("/", ListAsync);
        users.MapPost("/", CreateAsync);
    }

    private static async Task<Ok<Page<ListUsers.UserSummary>>> ListAsync(
        string? search, string? role, int? page, int? pageSize, ListUsers.Handler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new ListUsers.Query(search, role, page, pageSize), cancellationToken));

    private static async Task<Created<IdResponse>> CreateAsync(CreateUser.Command command, CreateUser.Handler handler, CancellationToken cancellationToken)
    {
        var id = await handler.HandleAsync(command, cancellationToken);
        return TypedResults.Created($"/api/v1/users/{id}", new IdResponse(id));
    }
}

public sealed record IdResponse(Guid Id);
