using Licensing.Application.Inspections;
using Quartz;

namespace Licensing.Infrastructure.Scheduling;

[DisallowConcurrentExecution]
public sealed class InspectionReminderJob(SendInspectionReminders.Handler handler) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await handler.HandleAsync(cancellationToken);
}

[DisallowConcurrentExecution]
public sealed class CoverageSummaryJob(SendCoverageSummary.Handler handler) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await handler.HandleAsync(cancellationToken);
}

[DisallowConcurrentExecution]
public sealed class InspectionPlanSitesJob(PlanInspections.Handler handler) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await handler.AddDueSitesAsync(cancellationToken);
}
