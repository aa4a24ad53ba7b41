using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Migrations;

/// <summary>
/// Complaints at a million rows (ADR-015): the indexes the list reads each part of its order from, and the
/// open complaints' running totals by the month of their next deadline, kept by triggers, that the dashboard reads.
/// </summary>
[DbContext(typeof(LicensingDbContext))]
[Migration("20261122110000_ComplaintListAndDashboard")]
public sealed class ComplaintListAndDashboard : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex("IX_Complaints_Received_ResolveBy_Id", "Complaints", ["ResolveBy", "Id"], filter: "\"Status\" = 'Received'");
        migrationBuilder.CreateIndex("IX_Complaints_NotReceived_ResolveBy_Id", "Complaints", ["ResolveBy", "Id"], filter: "\"Status\" <> 'Received'");
        migrationBuilder.CreateIndex("IX_Complaints_Received_AcknowledgeBy", "Complaints", "AcknowledgeBy", filter: "\"Status\" = 'Received'");

        migrationBuilder.CreateTable("OpenComplaintCounts", t => new
        {
            ProvinceCode = t.Column<string>(maxLength: 8, nullable: false),
            OfficerName = t.Column<string>(maxLength: 256, nullable: false),
            DueMonth = t.Column<string>(maxLength: 7, nullable: false),
            Complaints = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_OpenComplaintCounts", x => new { x.ProvinceCode, x.OfficerName, x.DueMonth }));

        migrationBuilder.CreateTable("AgencyOpenComplaintCounts", t => new
        {
            AgencyId = t.Column<Guid>(nullable: false),
            DueMonth = t.Column<string>(maxLength: 7, nullable: false),
            Complaints = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_AgencyOpenComplaintCounts", x => new { x.AgencyId, x.DueMonth }));

        var postgres = migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true;
        foreach (var statement in OpenComplaintTotalsTriggers.Statements(postgres))
        {
            migrationBuilder.Sql(statement);
        }
    }
}
