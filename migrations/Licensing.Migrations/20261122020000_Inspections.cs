using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Migrations;

/// <summary>Inspection plans, inspections with their team, answers, findings and history, the checklist, and inspectors' conflicts.</summary>
[DbContext(typeof(LicensingDbContext))]
[Migration("20261122020000_Inspections")]
public sealed class Inspections : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        CreatePlanningTables(migrationBuilder);
        CreateInspections(migrationBuilder);
        CreateInspectionDetails(migrationBuilder);
    }

    private static void CreatePlanningTables(MigrationBuilder m)
    {
        m.CreateTable("InspectionPlans", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Year = t.Column<int>(nullable: false),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            CreatedBy = t.Column<string>(maxLength: 256, nullable: false),
            Version = t.Column<Guid>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_InspectionPlans", x => x.Id));
        m.CreateIndex("IX_InspectionPlans_Year", "InspectionPlans", "Year", unique: true);

        m.CreateTable("ChecklistItems", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            TemplateVersion = t.Column<int>(nullable: false),
            Code = t.Column<string>(maxLength: 64, nullable: false),
            LegalBasis = t.Column<string>(maxLength: 200, nullable: false),
            Order = t.Column<int>(nullable: false),
            Text_En = t.Column<string>(maxLength: 500, nullable: false),
            Text_Km = t.Column<string>(maxLength: 500, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ChecklistItems", x => x.Id));
        m.CreateIndex("IX_ChecklistItems_TemplateVersion_Code", "ChecklistItems", ["TemplateVersion", "Code"], unique: true);

        m.CreateTable("InspectorConflicts", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            InspectorId = t.Column<Guid>(nullable: false),
            AgencyId = t.Column<Guid>(nullable: false),
            Reason = t.Column<string>(maxLength: 1000, nullable: false),
            DeclaredAt = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_InspectorConflicts", x => x.Id));
        m.CreateIndex("IX_InspectorConflicts_InspectorId_AgencyId", "InspectorConflicts", ["InspectorId", "AgencyId"], unique: true);
    }

    private static void CreateInspections(MigrationBuilder m)
    {
        m.CreateTable("Inspections", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AgencyId = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(maxLength: 16, nullable: false),
            PlanId = t.Column<Guid>(nullable: true),
            PlannedFor = t.Column<DateOnly>(nullable: false),
            ScheduledOn = t.Column<DateOnly>(nullable: true),
            Announced = t.Column<bool>(nullable: false),
            ChecklistVersion = t.Column<int>(nullable: false),
            Status = t.Column<string>(maxLength: 32, nullable: false),
            ComplaintId = t.Column<Guid>(nullable: true),
            FollowUpOf = t.Column<Guid>(nullable: true),
            CompletedAt = t.Column<DateTimeOffset>(nullable: true),
            Site_Address = t.Column<string>(maxLength: 500, nullable: false),
            Site_Kind = t.Column<string>(maxLength: 16, nullable: false),
            Site_ProvinceCode = t.Column<string>(maxLength: 8, nullable: false),
            Site_SiteId = t.Column<Guid>(nullable: true),
            Version = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Inspections", x => x.Id);
            t.ForeignKey("FK_Inspections_Agencies_AgencyId", x => x.AgencyId, "Agencies", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Inspections_AgencyId", "Inspections", "AgencyId");
        m.CreateIndex("IX_Inspections_PlanId", "Inspections", "PlanId");
        m.CreateIndex("IX_Inspections_Status_ScheduledOn", "Inspections", ["Status", "ScheduledOn"]);
    }

    private static void CreateInspectionDetails(MigrationBuilder m)
    {
        m.CreateTable("InspectionTeamMembers", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            InspectionId = t.Column<Guid>(nullable: false),
            InspectorId = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(maxLength: 256, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_InspectionTeamMembers", x => x.Id);
            t.ForeignKey("FK_InspectionTeamMembers_Inspections_InspectionId", x => x.InspectionId, "Inspections", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_InspectionTeamMembers_InspectionId", "InspectionTeamMembers", "InspectionId");
        m.CreateIndex("IX_InspectionTeamMembers_InspectorId", "InspectionTeamMembers", "InspectorId");

        m.CreateTable("InspectionAnswers", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            InspectionId = t.Column<Guid>(nullable: false),
            ItemCode = t.Column<string>(maxLength: 64, nullable: false),
            Answer = t.Column<string>(maxLength: 16, nullable: false),
            Note = t.Column<string>(maxLength: 2000, nullable: false),
            AnsweredAt = t.Column<DateTimeOffset>(nullable: false),
            AnsweredBy = t.Column<string>(maxLength: 256, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_InspectionAnswers", x => x.Id);
            t.ForeignKey("FK_InspectionAnswers_Inspections_InspectionId", x => x.InspectionId, "Inspections", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_InspectionAnswers_InspectionId_ItemCode", "InspectionAnswers", ["InspectionId", "ItemCode"], unique: true);

        m.CreateTable("InspectionFindings", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            InspectionId = t.Column<Guid>(nullable: false),
            ItemCode = t.Column<string>(maxLength: 64, nullable: false),
            Severity = t.Column<string>(maxLength: 16, nullable: false),
            Description = t.Column<string>(maxLength: 2000, nullable: false),
            CorrectiveAction = t.Column<string>(maxLength: 2000, nullable: false),
            DueOn = t.Column<DateOnly>(nullable: false),
            Status = t.Column<string>(maxLength: 24, nullable: false),
            EvidenceNote = t.Column<string>(maxLength: 2000, nullable: true),
            EvidenceSubmittedAt = t.Column<DateTimeOffset>(nullable: true),
            VerifiedAt = t.Column<DateTimeOffset>(nullable: true),
            Evidence_ContentType = t.Column<string>(maxLength: 50, nullable: true),
            Evidence_FileName = t.Column<string>(maxLength: 255, nullable: true),
            Evidence_Sha256 = t.Column<string>(maxLength: 64, nullable: true),
            Evidence_SizeBytes = t.Column<long>(nullable: true),
            Evidence_StorageKey = t.Column<string>(maxLength: 200, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_InspectionFindings", x => x.Id);
            t.ForeignKey("FK_InspectionFindings_Inspections_InspectionId", x => x.InspectionId, "Inspections", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_InspectionFindings_InspectionId", "InspectionFindings", "InspectionId");
        m.CreateIndex("IX_InspectionFindings_Status_DueOn", "InspectionFindings", ["Status", "DueOn"]);

        m.CreateTable("InspectionEvents", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            InspectionId = t.Column<Guid>(nullable: false),
            From = t.Column<string>(maxLength: 32, nullable: false),
            To = t.Column<string>(maxLength: 32, nullable: false),
            Reason = t.Column<string>(maxLength: 1000, nullable: true),
            At = t.Column<DateTimeOffset>(nullable: false),
            ByName = t.Column<string>(maxLength: 256, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_InspectionEvents", x => x.Id);
            t.ForeignKey("FK_InspectionEvents_Inspections_InspectionId", x => x.InspectionId, "Inspections", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_InspectionEvents_InspectionId", "InspectionEvents", "InspectionId");
    }
}
