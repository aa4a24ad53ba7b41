using Licensing.Application.Account;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;

namespace Licensing.Api.Hosting;

/// <summary>
/// Staff who must turn on two-factor sign-in (<see cref="StaffTwoFactor"/>) can do nothing else:
/// pages send them to the security page, the API answers 403 with code ErrorCodes.TwoFactorRequired.
/// </summary>
public static class TwoFactorRequirement
{
    private static readonly string[] OpenPaths = ["/account", "/language", "/api/v1/auth", "/health", "/_content", "/error"];

    public static IApplicationBuilder UseTwoFactorRequirement(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var mustEnrol = !OpenPaths.Any(p => context.Request.Path.StartsWithSegments(p))
            && await context.RequestServices.GetRequiredService<StaffTwoFactor.Handler>().MustEnrolAsync(context.User, context.RequestAborted);
        if (!mustEnrol)
        {
            await next();
            return;
        }
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: Catalogue.Say(Keys.ProblemTwoFactor),
                detail: Catalogue.Say(ErrorCodes.TwoFactorRequired),
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.TwoFactorRequired }).ExecuteAsync(context);
            return;
        }
        context.Response.Redirect("/account/security?required=true");
    });
}
