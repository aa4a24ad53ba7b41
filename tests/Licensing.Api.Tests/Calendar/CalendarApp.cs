using Licensing.Api.Tests.Support;
using Licensing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Api.Tests.Calendar;

/// <summary>
/// The application with its clock stopped at 18:30 UTC on Monday 9 March 2026, which is 01:30 on Tuesday 10 March in
/// Phnom Penh: the hours where the UTC date is yesterday's.
/// </summary>
public abstract class CalendarApp(DatabaseProvider provider) : LicensingApp(provider)
{
    public static readonly DateTimeOffset Now = new(2026, 3, 9, 18, 30, 0, TimeSpan.Zero);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedClock(Now)));
    }
}

public sealed class SqliteCalendarApp() : CalendarApp(DatabaseProvider.Sqlite);

public sealed class PostgresCalendarApp() : CalendarApp(DatabaseProvider.Postgres);
