namespace Licensing.Infrastructure.Scheduling;

/// <summary>A recurring job: its name (used by the API and the jobs page), class, schedule and purpose.</summary>
public sealed record JobDefinition(string Name, Type JobType, string Cron, string Description);

/// <summary>Every scheduled job of the system. Cron expressions run in Asia/Phnom_Penh time.</summary>
public static class JobCatalog
{
    public static readonly IReadOnlyList<JobDefinition> All =
    [
        new("licence-expiry", typeof(LicenceExpiryJob), "0 5 0 * * ?", "Expires licences past their expiry date, unless a renewal is under review"),
        new("licence-expiry-reminders", typeof(LicenceExpiryReminderJob), "0 0 7 * * ?", "Reminds agencies 90, 60, 30 and 7 days before their licence expires"),
        new("inspection-reminders", typeof(InspectionReminderJob), "0 30 6 * * ?", "Reminds inspectors and agencies of visits, corrective actions due and overdue, and overdue visits"),
        new("inspection-coverage-summary", typeof(CoverageSummaryJob), "0 0 8 ? * MON", "Weekly inspection coverage summary to the chief inspector"),
        new("disappearance-escalation", typeof(AlertEscalationJob), "0 * * * * ?", "Escalates disappearance alerts not acknowledged in time to the MLVT duty officer and reminds the recipient"),
        new("disappearance-agency-updates", typeof(AgencyCaseUpdateReminderJob), "0 15 * * * ?", "Reminds agencies that have posted no update on an open disappearance case for too long"),
        new("complaint-escalation", typeof(ComplaintEscalationJob), "0 0 6 * * ?", "Escalates overdue complaints to the supervisor, then to MLVT, and reminds agencies of answers due"),
        new("evaluations-due", typeof(EvaluationsDueJob), "0 15 6 * * ?", "Opens the Prakas 251 evaluations that fall due and tells the panel secretariat"),
        new("departure-clearance-lapse", typeof(ClearanceLapseJob), "0 20 0 * * ?", "Marks departure clearances unused past their last day as lapsed"),
        new("sanction-effects", typeof(SanctionEffectsJob), "0 10 0 * * ?", "Suspends or revokes licences whose sanction takes effect today"),
        new("outbox-cleanup", typeof(OutboxCleanupJob), "0 30 2 * * ?", "Removes delivered notifications older than 90 days"),
    ];
}
