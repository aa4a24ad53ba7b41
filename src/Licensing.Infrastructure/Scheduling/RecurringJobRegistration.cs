using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Licensing.Infrastructure.Scheduling;

/// <summary>Registers the recurring jobs when the instance starts (after the migration step made Hangfire's schema).</summary>
public sealed class RecurringJobRegistration(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecurringJobs>().RegisterAllAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
