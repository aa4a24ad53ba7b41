using Licensing.Application.Abstractions;
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
using Licensing.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Infrastructure.Persistence;

/// <summary>The one database of the system, Identity's tables included.</summary>
public sealed class LicensingDbContext(DbContextOptions<LicensingDbContext> options)
    : IdentityDbContext<ApplicationUser, ApplicationRole, Guid>(options), ILicensingDb
{
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<Sector> Sectors => Set<Sector>();
    public DbSet<DeploymentRestriction> DeploymentRestrictions => Set<DeploymentRestriction>();
    public DbSet<Setting> Settings => Set<Setting>();
    public DbSet<PublicHoliday> PublicHolidays => Set<PublicHoliday>();
    public DbSet<JobSchedule> JobSchedules => Set<JobSchedule>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<FormSubmission> FormSubmissions => Set<FormSubmission>();
    public DbSet<InboxItem> InboxItems => Set<InboxItem>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Licence> Licences => Set<Licence>();
    public DbSet<LicenceApplication> LicenceApplications => Set<LicenceApplication>();
    public DbSet<DocumentRequirement> DocumentRequirements => Set<DocumentRequirement>();
    public DbSet<Inspection> Inspections => Set<Inspection>();
    public DbSet<InspectionPlan> InspectionPlans => Set<InspectionPlan>();
    public DbSet<ChecklistItem> ChecklistItems => Set<ChecklistItem>();
    public DbSet<InspectorConflict> InspectorConflicts => Set<InspectorConflict>();
    public DbSet<JobOrder> JobOrders => Set<JobOrder>();
    public DbSet<Worker> Workers => Set<Worker>();
    public DbSet<Deployment> Deployments => Set<Deployment>();
    public DbSet<DepartureClearance> DepartureClearances => Set<DepartureClearance>();
    public DbSet<WorkerMovementCount> WorkerMovementCounts => Set<WorkerMovementCount>();
    public DbSet<AgencyDeploymentCount> AgencyDeploymentCounts => Set<AgencyDeploymentCount>();
    public DbSet<OpenComplaintCount> OpenComplaintCounts => Set<OpenComplaintCount>();
    public DbSet<AgencyOpenComplaintCount> AgencyOpenComplaintCounts => Set<AgencyOpenComplaintCount>();
    public DbSet<ReceivedComplaintCount> ReceivedComplaintCounts => Set<ReceivedComplaintCount>();
    public DbSet<AgencyReceivedComplaintCount> AgencyReceivedComplaintCounts => Set<AgencyReceivedComplaintCount>();
    public DbSet<ComplaintDecisionTime> ComplaintDecisionTimes => Set<ComplaintDecisionTime>();
    public DbSet<ContractClause> ContractClauses => Set<ContractClause>();
    public DbSet<DisappearanceCase> DisappearanceCases => Set<DisappearanceCase>();
    public DbSet<Alert> Alerts => Set<Alert>();
    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<Evaluation> Evaluations => Set<Evaluation>();
    public DbSet<Sanction> Sanctions => Set<Sanction>();
    public DbSet<Reward> Rewards => Set<Reward>();
    public DbSet<ChangeEntry> Changes => Set<ChangeEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // The OpenID Connect server's clients, authorizations, scopes and tokens (OpenIddict's stores).
        builder.UseOpenIddict();
        builder.ApplyConfigurationsFromAssembly(typeof(LicensingDbContext).Assembly);
        builder.MapStatisticsFunctions(Database.IsSqlite());

        // Ids are made by the entities themselves (Guid v7), so a child added to a loaded aggregate
        // must be inserted, not taken for an existing row.
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.ClrType.IsSubclassOf(typeof(Entity))))
        {
            builder.Entity(entity.ClrType).Property(nameof(Entity.Id)).ValueGeneratedNever();
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<RecipientBody>().HaveConversion<RecipientBodyConverter>();
        // SQLite cannot compare or sort DateTimeOffset; stored as UTC DateTime text, it can.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        }
    }
}
