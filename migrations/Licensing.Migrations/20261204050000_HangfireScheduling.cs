using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Migrations;

/// <summary>
/// Scheduling moves from Quartz to Hangfire (ADR-020): Quartz's job-store tables go, and the schedules
/// administrators set for recurring jobs get a table. Hangfire's own schema on PostgreSQL is installed
/// by the migration step after the migrations, by Hangfire's versioned scripts.
/// </summary>
[DbContext(typeof(LicensingDbContext))]
[Migration("20261204050000_HangfireScheduling")]
public sealed class HangfireScheduling : Migration
{
    // Children before the tables their foreign keys point at.
    private static readonly string[] QuartzTables =
    [
        "SIMPLE_TRIGGERS", "CRON_TRIGGERS", "SIMPROP_TRIGGERS", "BLOB_TRIGGERS", "TRIGGERS", "JOB_DETAILS", "CALENDARS",
        "PAUSED_TRIGGER_GRPS", "PAUSED_JOB_GRPS", "FIRED_TRIGGERS", "SCHEDULER_STATE", "LOCKS", "EXECUTION_HISTORY", "MISFIRE_HISTORY", "JOB_STATUS",
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var postgres = migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true;
        foreach (var table in QuartzTables)
        {
            // Unquoted, PostgreSQL folds the names to the lower case its tables were made with.
            migrationBuilder.Sql(postgres ? $"DROP TABLE IF EXISTS QRTZ_{table} CASCADE" : $"DROP TABLE IF EXISTS QRTZ_{table}");
        }

        migrationBuilder.CreateTable("JobSchedules", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            JobName = t.Column<string>(maxLength: 100, nullable: false),
            Cron = t.Column<string>(maxLength: 100, nullable: false),
            Version = t.Column<Guid>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_JobSchedules", x => x.Id));
        migrationBuilder.CreateIndex("IX_JobSchedules_JobName", "JobSchedules", "JobName", unique: true);
    }
}
