using Licensing.Domain.Common;

namespace Licensing.Domain.Settings;

/// <summary>
/// The schedule an administrator set for a recurring job, in place of the job's default; a cron
/// expression in Phnom Penh time, checked by the scheduler before it is kept.
/// </summary>
public sealed class JobSchedule : AggregateRoot
{
    private JobSchedule() { }

    public JobSchedule(string jobName, string cron)
    {
        JobName = jobName;
        Cron = cron;
    }

    public string JobName { get; private set; } = "";
    public string Cron { get; private set; } = "";

    public void Change(string cron) => Cron = cron;
}
