using Licensing.Application.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Validation.AspNetCore;

namespace Licensing.Api.Hosting;

/// <summary>
/// Cookies for the pages; for the API, the OpenID Connect server's tokens (JWTs, with dots) and Identity bearer tokens
/// from /api/v1/auth/login (ADR-027), chosen by the Authorization header. Every endpoint and page requires a signed-in
/// user unless it says otherwise; a system client's token passes only the policies its scopes grant.
/// </summary>
public static class AuthenticationSetup
{
    private const string CookieOrBearer = "CookieOrBearer";

    public static IServiceCollection AddLicensingAuthentication(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieOrBearer;
                o.DefaultChallengeScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString() is var header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? header.Contains('.') ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme : IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Cookie.Name = "licensing.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.Events = new CookieAuthenticationEvents
            {
                OnRedirectToLogin = context => ApiStatusOrRedirect(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => ApiStatusOrRedirect(context, StatusCodes.Status403Forbidden),
            };
        });

        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        var signedIn = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireAssertion(c => !c.User.IsSystemClient()).Build();
        var authorization = services.AddAuthorizationBuilder().SetDefaultPolicy(signedIn).SetFallbackPolicy(signedIn);
        foreach (var policy in Policies.All) authorization.AddPolicy(policy.Name, p => p.RequireAuthenticatedUser().RequireAssertion(c => c.User.Satisfies(policy)));
        return services;
    }

    /// <summary>The API answers 401/403; only pages are redirected to the login page.</summary>
    private static Task ApiStatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }
}
