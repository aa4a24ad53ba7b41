using Licensing.Application.Evaluations;
using Licensing.Application.Sanctions;
using Quartz;

namespace Licensing.Infrastructure.Scheduling;

[DisallowConcurrentExecution]
public sealed class EvaluationsDueJob(OpenDueEvaluations.Handler handler) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await handler.HandleAsync(cancellationToken);
}

[DisallowConcurrentExecution]
public sealed class SanctionEffectsJob(ApplySanctions.Handler handler) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await handler.HandleAsync(cancellationToken);
}
