using System.Text.Json.Serialization;
using Licensing.Api.Hosting.OpenApi;
using Licensing.Application;
using Licensing.Application.Webhooks;
using Licensing.Infrastructure;
using Licensing.Infrastructure.OpenIdConnect;
using Licensing.Infrastructure.Persistence;
using Licensing.Web;
using Microsoft.AspNetCore.Http.Features;

namespace Licensing.Api.Hosting;

public static class ServiceSetup
{
    public const long MaxRequestBytes = RequestLimits.MaxBytes;
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The addresses the host listens on: those configured, else <see cref="DefaultUrl"/>.</summary>
    public static IEnumerable<string> ListeningUrls(IConfiguration configuration) =>
        (configuration["urls"] is { Length: > 0 } urls ? urls : configuration["ASPNETCORE_URLS"] is { Length: > 0 } aspnet ? aspnet : DefaultUrl)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static WebApplicationBuilder AddLicensing(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBytes);
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole();
        }
        else
        {
            // The banner gives the address; the host's own start-up lines, queued by the console logger, could print after it.
            builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        }
        // Also when appsettings.json is not beside the working directory (dotnet run --project from the repository root):
        // every SQL command and Hangfire's start-up chatter would bury the start-up banner.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Hangfire", LogLevel.Warning);

        var services = builder.Services;
        services.AddApplication();
        services.AddInfrastructure(builder.Configuration);
        services.AddOpenIdConnectServer(builder.Configuration, builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing"));
        services.AddLicensingAuthentication(builder.Environment);
        services.AddLicensingWeb();
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = MaxRequestBytes);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // Before AddProblemDetails: a browser's problem goes to the error page, not out as JSON.
        services.AddSingleton<IProblemDetailsWriter, HtmlProblemWriter>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c => c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddMemoryCache();
        services.Configure<PublicRateLimitOptions>(builder.Configuration.GetSection(PublicRateLimitOptions.Section));
        services.Configure<DemoOptions>(builder.Configuration.GetSection(DemoOptions.Section));
        services.Configure<BenchmarkOptions>(builder.Configuration.GetSection(BenchmarkOptions.Section));
        services.Configure<WebhookSubscriptionOptions>(o => o.AllowHttp = builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing"));
        services.AddOptions<PublicSiteOptions>().Bind(builder.Configuration)
            .Validate(o => o.IsSet || (builder.Environment.IsDevelopment() && string.IsNullOrEmpty(o.PublicBaseUrl)), PublicSiteOptions.MissingMessage)
            .ValidateOnStart();
        services.AddLicensingRateLimits();
        services.AddLicensingOpenApi();
        services.AddHealthChecks()
            .AddDbContextCheck<LicensingDbContext>("database", tags: ["ready"])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: ["ready"]);
        return builder;
    }
}
