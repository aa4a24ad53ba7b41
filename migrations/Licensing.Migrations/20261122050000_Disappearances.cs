using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Migrations;

/// <summary>Disappearance cases with their recipients and updates, the live alert stream, webhook endpoints, and a worker's welfare.</summary>
[DbContext(typeof(LicensingDbContext))]
[Migration("20261122050000_Disappearances")]
public sealed class Disappearances : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("Welfare", "Deployments", maxLength: 16, nullable: false, defaultValue: "Safe");
        CreateCases(migrationBuilder);
        CreateCaseRecords(migrationBuilder);
        CreateAlerts(migrationBuilder);
    }

    private static void CreateCases(MigrationBuilder m)
    {
        m.CreateTable("DisappearanceCases", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Number = t.Column<string>(maxLength: 24, nullable: false),
            WorkerId = t.Column<Guid>(nullable: false),
            DeploymentId = t.Column<Guid>(nullable: false),
            AgencyId = t.Column<Guid>(nullable: false),
            CountryCode = t.Column<string>(maxLength: 2, nullable: false),
            Source = t.Column<string>(maxLength: 16, nullable: false),
            Facts_LastKnownLocation = t.Column<string>(maxLength: 500, nullable: false),
            Facts_Latitude = t.Column<double>(nullable: true),
            Facts_Longitude = t.Column<double>(nullable: true),
            Facts_LastContactAt = t.Column<DateTimeOffset>(nullable: false),
            Facts_AgencyLearnedAt = t.Column<DateTimeOffset>(nullable: true),
            Facts_Circumstances = t.Column<string>(maxLength: 4000, nullable: false),
            Facts_OthersInformed = t.Column<string>(maxLength: 1000, nullable: true),
            Family_Name = t.Column<string>(maxLength: 200, nullable: true),
            Family_Phone = t.Column<string>(maxLength: 30, nullable: true),
            Family_Relationship = t.Column<string>(maxLength: 100, nullable: true),
            ReportedAt = t.Column<DateTimeOffset>(nullable: false),
            ReportedByUserId = t.Column<Guid>(nullable: true),
            ReportedByName = t.Column<string>(maxLength: 256, nullable: false),
            IsLate = t.Column<bool>(nullable: false),
            AgencyPosition = t.Column<string>(maxLength: 16, nullable: false),
            Verified = t.Column<bool>(nullable: false),
            VerifiedByName = t.Column<string>(maxLength: 256, nullable: true),
            Status = t.Column<string>(maxLength: 16, nullable: false),
            OpenSlot = t.Column<string>(maxLength: 64, nullable: true),
            LastAgencyUpdateAt = t.Column<DateTimeOffset>(nullable: false),
            Resolution = t.Column<string>(maxLength: 32, nullable: true),
            ResolutionNote = t.Column<string>(maxLength: 4000, nullable: true),
            ClosedAt = t.Column<DateTimeOffset>(nullable: true),
            ClosedByName = t.Column<string>(maxLength: 256, nullable: true),
            IdempotencyKey = t.Column<string>(maxLength: 200, nullable: true),
            Version = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_DisappearanceCases", x => x.Id);
            t.ForeignKey("FK_DisappearanceCases_Agencies_AgencyId", x => x.AgencyId, "Agencies", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_DisappearanceCases_Deployments_DeploymentId", x => x.DeploymentId, "Deployments", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_DisappearanceCases_Workers_WorkerId", x => x.WorkerId, "Workers", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_DisappearanceCases_AgencyId", "DisappearanceCases", "AgencyId");
        m.CreateIndex("IX_DisappearanceCases_CountryCode_ReportedAt", "DisappearanceCases", ["CountryCode", "ReportedAt"]);
        m.CreateIndex("IX_DisappearanceCases_DeploymentId", "DisappearanceCases", "DeploymentId");
        m.CreateIndex("IX_DisappearanceCases_IdempotencyKey", "DisappearanceCases", "IdempotencyKey", unique: true);
        m.CreateIndex("IX_DisappearanceCases_Number", "DisappearanceCases", "Number", unique: true);
        m.CreateIndex("IX_DisappearanceCases_OpenSlot", "DisappearanceCases", "OpenSlot", unique: true);
        m.CreateIndex("IX_DisappearanceCases_Status_LastAgencyUpdateAt", "DisappearanceCases", ["Status", "LastAgencyUpdateAt"]);
        m.CreateIndex("IX_DisappearanceCases_WorkerId", "DisappearanceCases", "WorkerId");
    }

    private static void CreateCaseRecords(MigrationBuilder m)
    {
        m.CreateTable("DisappearanceRecipients", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            CaseId = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(maxLength: 16, nullable: false),
            BodyKey = t.Column<string>(maxLength: 32, nullable: false),
            NotifiedAt = t.Column<DateTimeOffset>(nullable: false),
            AcknowledgedAt = t.Column<DateTimeOffset>(nullable: true),
            AcknowledgedByUserId = t.Column<Guid>(nullable: true),
            AcknowledgedByName = t.Column<string>(maxLength: 256, nullable: true),
            EscalatedAt = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_DisappearanceRecipients", x => x.Id);
            t.ForeignKey("FK_DisappearanceRecipients_DisappearanceCases_CaseId", x => x.CaseId, "DisappearanceCases", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_DisappearanceRecipients_Unacknowledged", "DisappearanceRecipients", ["AcknowledgedAt", "EscalatedAt", "NotifiedAt"]);
        m.CreateIndex("IX_DisappearanceRecipients_CaseId_BodyKey", "DisappearanceRecipients", ["CaseId", "BodyKey"], unique: true);

        m.CreateTable("DisappearanceUpdates", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            CaseId = t.Column<Guid>(nullable: false),
            Party = t.Column<string>(maxLength: 16, nullable: false),
            Kind = t.Column<string>(maxLength: 24, nullable: false),
            Text = t.Column<string>(maxLength: 4000, nullable: false),
            PostedAt = t.Column<DateTimeOffset>(nullable: false),
            AuthorUserId = t.Column<Guid>(nullable: true),
            AuthorName = t.Column<string>(maxLength: 256, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_DisappearanceUpdates", x => x.Id);
            t.ForeignKey("FK_DisappearanceUpdates_DisappearanceCases_CaseId", x => x.CaseId, "DisappearanceCases", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_DisappearanceUpdates_CaseId", "DisappearanceUpdates", "CaseId");
    }

    private static void CreateAlerts(MigrationBuilder m)
    {
        m.CreateTable("Alerts", t => new
        {
            Sequence = t.Column<long>(nullable: false).AutoIncrement(),
            BodyKey = t.Column<string>(maxLength: 32, nullable: false),
            Kind = t.Column<string>(maxLength: 24, nullable: false),
            CaseId = t.Column<Guid>(nullable: false),
            CaseNumber = t.Column<string>(maxLength: 24, nullable: false),
            Title_En = t.Column<string>(maxLength: 400, nullable: false),
            Title_Km = t.Column<string>(maxLength: 400, nullable: false),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            LiveDeliveredAt = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Alerts", x => x.Sequence));
        m.CreateIndex("IX_Alerts_BodyKey_Sequence", "Alerts", ["BodyKey", "Sequence"]);
        m.CreateIndex("IX_Alerts_CaseId", "Alerts", "CaseId");

        m.CreateTable("WebhookEndpoints", t => new
        {
            BodyKey = t.Column<string>(maxLength: 32, nullable: false),
            Url = t.Column<string>(maxLength: 500, nullable: false),
            Secret = t.Column<string>(maxLength: 200, nullable: false),
            Enabled = t.Column<bool>(nullable: false),
            UpdatedAt = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_WebhookEndpoints", x => x.BodyKey));
    }
}
