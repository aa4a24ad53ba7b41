using Licensing.Api.Tests.Support;
using Licensing.Infrastructure.Persistence;

namespace Licensing.Api.Tests.Foundation;

/// <summary>
/// Issue 22 item 18: a newcomer's first run (a new database migrated and seeded, in Development, logging at Information as in
/// appsettings.json) logs none of the SQL commands it runs, and the start-up banner (the address, the demo logins) is the last thing printed.
/// </summary>
public sealed class StartupOutputTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AFirstRun_LogsNoSqlCommands_AndEndsWithTheBanner()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var app = AppProcess.Launch(database, new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["Logging:LogLevel:Default"] = "Information" });
        await Eventually.ReturnsAsync(() => Task.FromResult(app.Output), lines => lines.Any<string>(l => l.StartsWith("Demo logins", StringComparison.Ordinal)), TimeSpan.FromMinutes(3));
        await Task.Delay(TimeSpan.FromSeconds(2), Ct);

        var output = app.Output;
        Assert.DoesNotContain(output, l => l.Contains("Executed DbCommand", StringComparison.Ordinal));
        var banner = output.ToList().FindLastIndex(l => l.StartsWith("Licensing is running at ", StringComparison.Ordinal));
        Assert.True(banner >= 0, string.Join('\n', output));
        var after = output.Skip(banner + 1).Where(l => l.Length > 0 && !l.StartsWith("Demo logins", StringComparison.Ordinal) && !l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        Assert.True(after.Count == 0, $"printed after the banner:\n{string.Join('\n', after)}");
    }
}
