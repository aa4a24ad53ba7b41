using Licensing.Application.Disappearances;
using Quartz;

namespace Licensing.Infrastructure.Scheduling;

[DisallowConcurrentExecution]
public sealed class AlertEscalationJob(EscalateUnacknowledgedAlerts.Handler handler) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await handler.HandleAsync(cancellationToken);
}

[DisallowConcurrentExecution]
public sealed class AgencyCaseUpdateReminderJob(RemindAgencyCaseUpdates.Handler handler) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await handler.HandleAsync(cancellationToken);
}
