using Licensing.Application.Complaints;
using Quartz;

namespace Licensing.Infrastructure.Scheduling;

[DisallowConcurrentExecution]
public sealed class ComplaintEscalationJob(EscalateComplaints.Handler handler) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await handler.HandleAsync(cancellationToken);
}
