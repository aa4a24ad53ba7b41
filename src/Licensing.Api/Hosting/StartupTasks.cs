using Licensing.Infrastructure.Persistence;
using Licensing.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;

namespace Licensing.Api.Hosting;

/// <summary>The subcommands (<c>migrate</c>, <c>migrations-script</c>) and the start-up seeding with its banner.</summary>
public static class StartupTasks
{
    public static readonly string[] Commands = ["migrate", "migrations-script"];

    public static string? CommandIn(string[] args) => args.FirstOrDefault(a => Commands.Contains(a));

    public static async Task RunCommandAsync(this WebApplication app, string command)
    {
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
