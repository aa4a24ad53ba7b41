using Licensing.Application.Complaints;
using Licensing.Application.Disappearances;
using Licensing.Application.Evaluations;
using Licensing.Application.Inspections;
using Licensing.Application.Licences;
using Licensing.Application.Sanctions;
using Licensing.Application.Workers;
using Licensing.Infrastructure.Files;
using Licensing.Infrastructure.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Infrastructure.Scheduling;

/// <summary>A recurring job: its name (the Hangfire recurring job id, used by the API and the jobs page), default schedule, purpose and the use case it runs.</summary>
public sealed record JobDefinition(string Name, string Cron, string Description, Func<IServiceProvider, CancellationToken, Task> Run);

/// <summary>Every scheduled job of the system, one line each. Cron expressions (minute hour day month weekday) run in Asia/Phnom_Penh time.</summary>
public static class JobCatalog
{
    public static readonly IReadOnlyList<JobDefinition> All =
    [
        Job<ExpireLicences.Handler>("licence-expiry", "5 0 * * *", "Expires licences past their expiry date, unless a renewal is under review", (h, ct) => h.HandleAsync(ct)),
        Job<SendExpiryReminders.Handler>("licence-expiry-reminders", "0 7 * * *", "Reminds agencies 90, 60, 30 and 7 days before their licence expires", (h, ct) => h.HandleAsync(ct)),
        Job<SendInspectionReminders.Handler>("inspection-reminders", "30 6 * * *", "Reminds inspectors and agencies of visits, corrective actions due and overdue, and overdue visits", (h, ct) => h.HandleAsync(ct)),
        Job<AddDueSitesToPlans.Handler>("inspection-plan-sites", "20 0 * * *", "Adds to this year's inspection plan every site that has fallen due since it was made (new sites, newly licensed agencies, sites past the inspection frequency)", (h, ct) => h.HandleAsync(ct)),
        Job<SendCoverageSummary.Handler>("inspection-coverage-summary", "0 8 * * MON", "Weekly inspection coverage summary to the chief inspector", (h, ct) => h.HandleAsync(ct)),
        Job<EscalateUnacknowledgedAlerts.Handler>("disappearance-escalation", "* * * * *", "Escalates disappearance alerts not acknowledged in time to the MLVT duty officer and reminds the recipient", (h, ct) => h.HandleAsync(ct)),
        Job<RemindAgencyCaseUpdates.Handler>("disappearance-agency-updates", "15 * * * *", "Reminds agencies that have posted no update on an open disappearance case for too long", (h, ct) => h.HandleAsync(ct)),
        Job<EscalateComplaints.Handler>("complaint-escalation", "0 6 * * *", "Escalates overdue complaints to the supervisor, then to MLVT, and reminds agencies of answers due", (h, ct) => h.HandleAsync(ct)),
        Job<OpenDueEvaluations.Handler>("evaluations-due", "15 6 * * *", "Opens the Prakas 251 evaluations that fall due and tells the panel secretariat", (h, ct) => h.HandleAsync(ct)),
        Job<LapseClearances.Handler>("departure-clearance-lapse", "20 0 * * *", "Marks departure clearances unused past their last day as lapsed", (h, ct) => h.HandleAsync(ct)),
        Job<ApplySanctions.Handler>("sanction-effects", "10 0 * * *", "Suspends or revokes licences whose sanction takes effect today", (h, ct) => h.HandleAsync(ct)),
        Job<OutboxCleanup>("outbox-cleanup", "30 2 * * *", "Removes delivered notifications older than 90 days", (h, ct) => h.HandleAsync(ct)),
        Job<StagedFilesSweep>("staged-files-sweep", "45 2 * * *", "Moves into place, or deletes, uploads left staged for over a day by a unit of work that stopped before its end: kept if a record names them", (h, ct) => h.HandleAsync(ct)),
        Job<FormTokensSweep>("form-tokens-sweep", "55 2 * * *", "Removes used one-time form tokens older than 7 days, past the time their form may be posted again", (h, ct) => h.HandleAsync(ct)),
        Job<OpenIdConnectPruning>("oidc-token-pruning", "50 2 * * *", "Removes OpenID Connect tokens and authorizations that expired or were revoked more than 14 days ago", (h, ct) => h.HandleAsync(ct)),
    ];

    public static JobDefinition? Find(string name) => All.FirstOrDefault(j => j.Name == name);

    private static JobDefinition Job<THandler>(string name, string cron, string description, Func<THandler, CancellationToken, Task> run) where THandler : notnull =>
        new(name, cron, description, (services, cancellationToken) => run(services.GetRequiredService<THandler>(), cancellationToken));
}
