using Licensing.Application.Abstractions;
using Licensing.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Infrastructure.Alerts;

internal static class AlertSetup
{
    /// <summary>The live alert feed; on PostgreSQL also the listener that hears other instances' alerts.</summary>
    public static IServiceCollection AddLiveAlerts(this IServiceCollection services, DatabaseOptions database, IConfiguration configuration)
    {
        services.Configure<AlertFeedOptions>(configuration.GetSection("Alerts"));
        services.AddSingleton<AlertFeed>();
        services.AddSingleton<ILiveAlertFeed>(provider => provider.GetRequiredService<AlertFeed>());
        services.AddHostedService(provider => provider.GetRequiredService<AlertFeed>());
        if (database.Provider == DatabaseProvider.Postgres) services.AddHostedService<PostgresAlertListener>();
        return services;
    }
}
