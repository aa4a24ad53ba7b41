using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Authorization;

namespace Licensing.Api.Hosting;

/// <summary>
/// API callers who are not signed in, or not allowed, get a problem response saying which
/// (code ErrorCodes.Unauthenticated or ErrorCodes.Forbidden); pages keep the usual redirect to the login page.
/// </summary>
public sealed class ProblemAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (!context.Request.Path.StartsWithSegments("/api") || !(result.Challenged || result.Forbidden))
        {
            await _default.HandleAsync(next, context, policy, result);
            return;
        }
        var (status, code, title) = result.Challenged
            ? (StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, Catalogue.Say(ErrorCodes.Unauthenticated))
            : (StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, Catalogue.Say(ErrorCodes.Forbidden));
        if (result.Challenged) context.Response.Headers.WWWAuthenticate = "Bearer";
        await TypedResults.Problem(statusCode: status, title: title, extensions: new Dictionary<string, object?> { ["code"] = code }).ExecuteAsync(context);
    }
}
