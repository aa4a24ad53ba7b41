using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Domain.Common;
using Licensing.Domain.Identity;
using Licensing.Infrastructure.Identity;
using Licensing.Infrastructure.Persistence;

namespace Licensing.Api.Hosting;

/// <summary>
/// When the setting requires it, administrators, licensing officers and inspectors must turn on
/// two-factor sign-in before doing anything else: pages send them to the security page, the API
/// answers 403 with code "two_factor_required".
/// </summary>
public static class TwoFactorRequirement
{
    private static readonly string[] StaffRoles = [Roles.Administrator, Roles.LicensingOfficer, Roles.Inspector];
    private static readonly string[] OpenPaths = ["/account", "/language", "/api/v1/auth", "/health", "/_content", "/error"];

    public static IApplicationBuilder UseTwoFactorRequirement(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var user = context.User;
        var mustEnrol = user.Identity?.IsAuthenticated == true
            && StaffRoles.Any(user.IsInRole)
            && user.FindFirst(ScopeClaims.TwoFactor)?.Value != "true"
            && !OpenPaths.Any(p => context.Request.Path.StartsWithSegments(p))
            && await RequiredAsync(context);
        if (!mustEnrol)
        {
            await next();
            return;
        }
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Two-factor sign-in required",
                detail: Text.Pick("Turn on two-factor sign-in at /account/security, then sign in again.", "សូមបើកការផ្ទៀងផ្ទាត់ពីរជាន់នៅ /account/security ហើយចូលគណនីម្ដងទៀត។"),
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.TwoFactorRequired }).ExecuteAsync(context);
            return;
        }
        context.Response.Redirect("/account/security?required=true");
    });

    private static async Task<bool> RequiredAsync(HttpContext context)
    {
        var rules = context.RequestServices.GetRequiredService<RuleSettingsCache>();
        var db = context.RequestServices.GetRequiredService<LicensingDbContext>();
        return (await rules.GetAsync(db, context.RequestAborted)).RequireTwoFactorForStaff;
    }
}
