using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Migrations;

/// <summary>
/// The register of workers at national scale (ADR-016): each worker's row carries the status and
/// country of their latest deployment, kept by triggers on "Deployments", and the register is
/// indexed in its own order (newest first, then by name), whole and by those two columns.
/// </summary>
[DbContext(typeof(LicensingDbContext))]
[Migration("20261122100000_WorkerLatestDeployment")]
public sealed class WorkerLatestDeployment : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("LatestStatus", "Workers", maxLength: 16, nullable: true);
        migrationBuilder.AddColumn<string>("LatestCountryCode", "Workers", maxLength: 2, nullable: true);
        migrationBuilder.Sql(LatestDeploymentTriggers.Backfill);
        migrationBuilder.CreateIndex("IX_Workers_Newest", "Workers", ["RegisteredAt", "NameLatin"], descending: [true, false]);
        migrationBuilder.CreateIndex("IX_Workers_LatestStatus", "Workers", ["LatestStatus", "RegisteredAt", "NameLatin"], descending: [false, true, false]);
        migrationBuilder.CreateIndex("IX_Workers_LatestCountry", "Workers", ["LatestCountryCode", "LatestStatus", "RegisteredAt", "NameLatin"], descending: [false, false, true, false]);

        var postgres = migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true;
        foreach (var statement in LatestDeploymentTriggers.Statements(postgres))
        {
            migrationBuilder.Sql(statement);
        }
    }
}
