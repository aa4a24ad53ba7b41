using Licensing.Application.ApiClients;
using Licensing.Application.Security;

namespace Licensing.Api.Hosting;

/// <summary>
/// Every call made with a token from the OpenID Connect server leaves a line in the audit trail, refused calls included.
/// It reads the caller after the rest of the pipeline has run, when authentication has set it.
/// </summary>
public static class ClientCallAudit
{
    public static IApplicationBuilder UseClientCallAudit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next();
        if (!context.User.HasClaim(c => c.Type == ScopeClaims.Client)) return;
        // Its own unit of work: whatever the request left unsaved is not saved with it.
        await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecordClientCall.Handler>().HandleAsync(context.User,
            new RecordClientCall.Command(context.Request.Method, context.Request.Path, context.Response.StatusCode), CancellationToken.None);
    });
}
