using Licensing.Domain.Agencies;
using Licensing.Domain.Applications;
using Licensing.Domain.Audit;
using Licensing.Domain.Changes;
using Licensing.Domain.Calendar;
using Licensing.Domain.Common;
using Licensing.Domain.Complaints;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Documents;
using Licensing.Domain.Evaluations;
using Licensing.Domain.Inspections;
using Licensing.Domain.Licences;
using Licensing.Domain.Notifications;
using Licensing.Domain.Reference;
using Licensing.Domain.Sanctions;
using Licensing.Domain.Settings;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Abstractions;

/// <summary>The application's unit of work; handlers query and change it directly.</summary>
public interface ILicensingDb
{
    DbSet<Country> Countries { get; }
    DbSet<Province> Provinces { get; }
    DbSet<Sector> Sectors { get; }
    DbSet<DeploymentRestriction> DeploymentRestrictions { get; }
    DbSet<Setting> Settings { get; }
    DbSet<PublicHoliday> PublicHolidays { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<OutboxMessage> OutboxMessages { get; }
    DbSet<FormSubmission> FormSubmissions { get; }
    DbSet<InboxItem> InboxItems { get; }
    DbSet<Agency> Agencies { get; }
    DbSet<Licence> Licences { get; }
    DbSet<LicenceApplication> LicenceApplications { get; }
    DbSet<DocumentRequirement> DocumentRequirements { get; }
    DbSet<Inspection> Inspections { get; }
    DbSet<InspectionPlan> InspectionPlans { get; }
    DbSet<ChecklistItem> ChecklistItems { get; }
    DbSet<InspectorConflict> InspectorConflicts { get; }
    DbSet<JobOrder> JobOrders { get; }
    DbSet<Worker> Workers { get; }
    DbSet<Deployment> Deployments { get; }
    DbSet<DepartureClearance> DepartureClearances { get; }
    DbSet<WorkerMovementCount> WorkerMovementCounts { get; }
    DbSet<AgencyDeploymentCount> AgencyDeploymentCounts { get; }
    DbSet<OpenComplaintCount> OpenComplaintCounts { get; }
    DbSet<AgencyOpenComplaintCount> AgencyOpenComplaintCounts { get; }
    DbSet<ReceivedComplaintCount> ReceivedComplaintCounts { get; }
    DbSet<AgencyReceivedComplaintCount> AgencyReceivedComplaintCounts { get; }
    DbSet<ComplaintDecisionTime> ComplaintDecisionTimes { get; }
    DbSet<ContractClause> ContractClauses { get; }
    DbSet<DisappearanceCase> DisappearanceCases { get; }
    DbSet<Alert> Alerts { get; }
    DbSet<WebhookEndpoint> WebhookEndpoints { get; }
    DbSet<WebhookSubscription> WebhookSubscriptions { get; }
    DbSet<Complaint> Complaints { get; }
    DbSet<Evaluation> Evaluations { get; }
    DbSet<Sanction> Sanctions { get; }
    DbSet<Reward> Rewards { get; }
    DbSet<ChangeEntry> Changes { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
