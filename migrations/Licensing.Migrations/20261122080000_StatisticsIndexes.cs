using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Migrations;

/// <summary>
/// Statistics over millions of rows: running totals of worker movements by month and of departures by
/// agency, kept by triggers (ADR-015), and the indexes the grouped statistics queries read instead of their tables.
/// </summary>
[DbContext(typeof(LicensingDbContext))]
[Migration("20261122080000_StatisticsIndexes")]
public sealed class StatisticsIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("WorkerMovementCounts", t => new
        {
            Month = t.Column<string>(maxLength: 7, nullable: false),
            CountryCode = t.Column<string>(maxLength: 2, nullable: false),
            SectorCode = t.Column<string>(maxLength: 32, nullable: false),
            Sex = t.Column<string>(maxLength: 8, nullable: false),
            ProvinceCode = t.Column<string>(maxLength: 8, nullable: false),
            Deployments = t.Column<int>(nullable: false),
            Returns = t.Column<int>(nullable: false),
            Repatriations = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_WorkerMovementCounts", x => new { x.Month, x.CountryCode, x.SectorCode, x.Sex, x.ProvinceCode }));

        migrationBuilder.CreateTable("AgencyDeploymentCounts", t => new
        {
            AgencyId = t.Column<Guid>(nullable: false),
            Deployed = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_AgencyDeploymentCounts", x => x.AgencyId));

        migrationBuilder.CreateIndex("IX_Complaints_ReceivedAt_AgencyId_DecidedAt", "Complaints", ["ReceivedAt", "AgencyId", "DecidedAt"]);

        var postgres = migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true;
        foreach (var statement in RunningTotalsTriggers.Statements(postgres))
        {
            migrationBuilder.Sql(statement);
        }
    }
}
