using Licensing.Infrastructure.Persistence;
using Licensing.Infrastructure.Seeding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Licensing.Api.Hosting;

/// <summary>The subcommands (<c>migrate</c>, <c>migrations-script</c>, <c>openapi</c>) and the start-up seeding with its banner.</summary>
public static class StartupTasks
{
    public static readonly string[] Commands = ["migrate", "migrations-script", "openapi"];

    public static string? CommandIn(string[] args) => args.FirstOrDefault(a => Commands.Contains(a));

    /// <summary>A command's output (a script, a document) is standard output alone.</summary>
    public static void LogToStandardError(this WebApplicationBuilder builder) =>
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

    public static async Task RunCommandAsync(this WebApplication app, string command)
    {
        if (command == "openapi")
        {
            await WriteApiDescriptionAsync(app);
            return;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
        if (command == "migrate")
        {
            await db.ApplyMigrationsAsync();
            Console.WriteLine("Migrations applied.");
        }
        else
        {
            // SQLite cannot guard each migration with a check of the history: its script runs from the first migration.
            var options = db.Database.IsSqlite() ? MigrationsSqlGenerationOptions.Default : MigrationsSqlGenerationOptions.Idempotent;
            Console.WriteLine(db.GetService<IMigrator>().GenerateScript(options: options));
        }
    }

    /// <summary>The document served at /openapi/v1.json, written to standard output without starting the server, for the linters.</summary>
    private static async Task WriteApiDescriptionAsync(WebApplication app)
    {
        app.UseLicensing();
        // Hands the mapped endpoints to the API explorer, as starting the server would.
        app.UseEndpoints(_ => { });
        var document = await app.Services.GetRequiredKeyedService<IOpenApiDocumentProvider>("v1").GetOpenApiDocumentAsync();
        await using var output = Console.OpenStandardOutput();
        await document.SerializeAsJsonAsync(output, OpenApiSpecVersion.OpenApi3_1);
    }

    public static bool IsDemo(this WebApplication app) =>
        app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled ?? app.Environment.IsDevelopment();

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        var demoPassword = app.IsDemo() ? app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Password : null;
        var report = await initializer.InitializeAsync(demoPassword, app.Lifetime.ApplicationStopping);
        app.Lifetime.ApplicationStarted.Register(() => PrintBanner(app, report));
    }

    private static void PrintBanner(WebApplication app, InitializationReport report)
    {
        var urls = string.Join(", ", app.Urls);
        Console.WriteLine();
        Console.WriteLine($"Licensing is running at {urls}  (API docs: {app.Urls.FirstOrDefault()}/docs)");
        if (report.DemoLogins.Count > 0)
        {
            Console.WriteLine($"Demo logins (password: {report.DemoPassword}):");
            foreach (var login in report.DemoLogins) Console.WriteLine($"  {login}");
        }
        if (report.BootstrapAdministrator is not null)
        {
            Console.WriteLine($"First administrator: {report.BootstrapAdministrator}  password: {report.BootstrapPassword}  (shown once; change it)");
        }
        Console.WriteLine();
    }
}
