using Licensing.Application.Licences;
using Quartz;

namespace Licensing.Infrastructure.Scheduling;

[DisallowConcurrentExecution]
public sealed class LicenceExpiryJob(ExpireLicences.Handler handler) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await handler.HandleAsync(cancellationToken);
}

[DisallowConcurrentExecution]
public sealed class LicenceExpiryReminderJob(SendExpiryReminders.Handler handler) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await handler.HandleAsync(cancellationToken);
}
