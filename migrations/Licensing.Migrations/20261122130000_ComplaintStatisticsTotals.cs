using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Migrations;

/// <summary>
/// Complaint statistics from running totals (ADR-018): complaints by the month they were received and province, by
/// category and outcome, by agency, and by the time taken to decide them, kept by triggers on complaints; and the
/// indexes that find embassy and Interior officers' share of complaints.
/// </summary>
[DbContext(typeof(LicensingDbContext))]
[Migration("20261122130000_ComplaintStatisticsTotals")]
public sealed class ComplaintStatisticsTotals : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("ReceivedComplaintCounts", t => new
        {
            Month = t.Column<string>(maxLength: 7, nullable: false),
            Category = t.Column<string>(maxLength: 24, nullable: false),
            ProvinceCode = t.Column<string>(maxLength: 8, nullable: false),
            Outcome = t.Column<string>(maxLength: 24, nullable: false),
            Complaints = t.Column<int>(nullable: false),
            Decided = t.Column<int>(nullable: false),
            DaysToDecide = t.Column<double>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ReceivedComplaintCounts", x => new { x.Month, x.Category, x.ProvinceCode, x.Outcome }));

        migrationBuilder.CreateTable("AgencyReceivedComplaintCounts", t => new
        {
            AgencyId = t.Column<Guid>(nullable: false),
            Month = t.Column<string>(maxLength: 7, nullable: false),
            ProvinceCode = t.Column<string>(maxLength: 8, nullable: false),
            Complaints = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_AgencyReceivedComplaintCounts", x => new { x.AgencyId, x.Month, x.ProvinceCode }));

        migrationBuilder.CreateTable("ComplaintDecisionTimes", t => new
        {
            Month = t.Column<string>(maxLength: 7, nullable: false),
            ProvinceCode = t.Column<string>(maxLength: 8, nullable: false),
            TenthsOfDays = t.Column<int>(nullable: false),
            Complaints = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ComplaintDecisionTimes", x => new { x.Month, x.ProvinceCode, x.TenthsOfDays }));

        migrationBuilder.CreateIndex("IX_Complaints_FiledByUserId", "Complaints", "FiledByUserId");
        migrationBuilder.CreateIndex("IX_Complaints_ReferredTo", "Complaints", "ReferredTo");

        var postgres = migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true;
        foreach (var statement in ReceivedComplaintTotalsTriggers.Statements(postgres))
        {
            migrationBuilder.Sql(statement);
        }
        // The open-complaint totals' update trigger, installed by ComplaintListAndDashboard as a statement trigger
        // that ran on every update of a complaint, becomes the row trigger that fires only on a watched change.
        if (postgres)
        {
            foreach (var statement in OpenComplaintTotalsTriggers.Triggers(postgres)) migrationBuilder.Sql(statement);
        }
    }
}
