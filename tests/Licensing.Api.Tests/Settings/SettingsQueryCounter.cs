using System.Data.Common;
using Licensing.Api.Tests.Support;
using Licensing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Api.Tests.Settings;

/// <summary>Counts the queries on the settings table made while serving a request under <see cref="Path"/>.</summary>
public sealed class SettingsQueryCounter(IHttpContextAccessor http) : DbCommandInterceptor
{
    public const string Path = "/api/v1/public/complaints";
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Observe(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Observe(command);
        return ValueTask.FromResult(result);
    }

    private void Observe(DbCommand command)
    {
        if (command.CommandText.Contains("\"Settings\"", StringComparison.Ordinal) && http.HttpContext?.Request.Path.StartsWithSegments(Path) == true)
        {
            Interlocked.Increment(ref _count);
        }
    }
}

/// <summary>
/// The application with its settings queries counted. Settings stay fresh for five minutes here, so that
/// only a saved change (never the clock) can make this instance read them again; the outbox dispatcher is off.
/// </summary>
public abstract class CountingApp(DatabaseProvider provider) : LicensingApp(provider)
{
    public SettingsQueryCounter Queries => Services.GetRequiredService<SettingsQueryCounter>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RuleSettings:FreshnessSeconds", "300");
        builder.UseSetting("Notifications:DispatcherEnabled", "false");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<SettingsQueryCounter>();
            services.ConfigureDbContext<LicensingDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<SettingsQueryCounter>()));
        });
    }
}

public sealed class CountingSqliteApp() : CountingApp(DatabaseProvider.Sqlite);

public sealed class CountingPostgresApp() : CountingApp(DatabaseProvider.Postgres);
