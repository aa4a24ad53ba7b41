using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Migrations;

/// <summary>Licence applications with their documents and history, the document checklist, and licence status history.</summary>
[DbContext(typeof(LicensingDbContext))]
[Migration("20261122010000_LicenceApplications")]
public sealed class LicenceApplications : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ExtendLicences(migrationBuilder);
        CreateDocumentRequirements(migrationBuilder);
        CreateApplications(migrationBuilder);
    }

    private static void ExtendLicences(MigrationBuilder m)
    {
        m.AddColumn<string>("StatusReason", "Licences", maxLength: 1000, nullable: true);
        m.AddColumn<DateOnly>("SuspendedUntil", "Licences", nullable: true);
        m.AddColumn<bool>("RenewalPending", "Licences", nullable: false, defaultValue: false);
        m.CreateIndex("IX_Licences_Status_ExpiresOn", "Licences", ["Status", "ExpiresOn"]);

        m.CreateTable("LicenceStatusChanges", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            LicenceId = t.Column<Guid>(nullable: false),
            From = t.Column<string>(maxLength: 16, nullable: false),
            To = t.Column<string>(maxLength: 16, nullable: false),
            Reason = t.Column<string>(maxLength: 1000, nullable: false),
            At = t.Column<DateTimeOffset>(nullable: false),
            ByUserId = t.Column<Guid>(nullable: true),
            ByName = t.Column<string>(maxLength: 256, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_LicenceStatusChanges", x => x.Id);
            t.ForeignKey("FK_LicenceStatusChanges_Licences_LicenceId", x => x.LicenceId, "Licences", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_LicenceStatusChanges_LicenceId", "LicenceStatusChanges", "LicenceId");
    }

    private static void CreateDocumentRequirements(MigrationBuilder m)
    {
        m.CreateTable("DocumentRequirements", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Code = t.Column<string>(maxLength: 50, nullable: false),
            Order = t.Column<int>(nullable: false),
            Active = t.Column<bool>(nullable: false),
            Name_En = t.Column<string>(maxLength: 200, nullable: false),
            Name_Km = t.Column<string>(maxLength: 200, nullable: false),
            Version = t.Column<Guid>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_DocumentRequirements", x => x.Id));
        m.CreateIndex("IX_DocumentRequirements_Code", "DocumentRequirements", "Code", unique: true);
    }

    private static void CreateApplications(MigrationBuilder m)
    {
        m.CreateTable("LicenceApplications", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AgencyId = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(maxLength: 16, nullable: false),
            Status = t.Column<string>(maxLength: 24, nullable: false),
            LicenceId = t.Column<Guid>(nullable: true),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            SubmittedAt = t.Column<DateTimeOffset>(nullable: true),
            DecidedAt = t.Column<DateTimeOffset>(nullable: true),
            OpenSlot = t.Column<string>(maxLength: 64, nullable: true),
            Details_ContactPerson = t.Column<string>(maxLength: 200, nullable: false),
            Details_ContactPhone = t.Column<string>(maxLength: 50, nullable: false),
            Details_DestinationCountries = t.Column<string>(maxLength: 100, nullable: false),
            Details_FinancialGuaranteeUsd = t.Column<decimal>(precision: 18, scale: 2, nullable: true),
            Details_Statement = t.Column<string>(maxLength: 4000, nullable: false),
            Version = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_LicenceApplications", x => x.Id);
            t.ForeignKey("FK_LicenceApplications_Agencies_AgencyId", x => x.AgencyId, "Agencies", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_LicenceApplications_AgencyId", "LicenceApplications", "AgencyId");
        m.CreateIndex("IX_LicenceApplications_OpenSlot", "LicenceApplications", "OpenSlot", unique: true);
        m.CreateIndex("IX_LicenceApplications_Status_SubmittedAt", "LicenceApplications", ["Status", "SubmittedAt"]);

        m.CreateTable("ApplicationDocuments", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ApplicationId = t.Column<Guid>(nullable: false),
            RequirementCode = t.Column<string>(maxLength: 50, nullable: false),
            UploadedAt = t.Column<DateTimeOffset>(nullable: false),
            UploadedBy = t.Column<string>(maxLength: 256, nullable: false),
            File_ContentType = t.Column<string>(maxLength: 50, nullable: false),
            File_FileName = t.Column<string>(maxLength: 255, nullable: false),
            File_Sha256 = t.Column<string>(maxLength: 64, nullable: false),
            File_SizeBytes = t.Column<long>(nullable: false),
            File_StorageKey = t.Column<string>(maxLength: 200, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ApplicationDocuments", x => x.Id);
            t.ForeignKey("FK_ApplicationDocuments_LicenceApplications_ApplicationId", x => x.ApplicationId, "LicenceApplications", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_ApplicationDocuments_ApplicationId", "ApplicationDocuments", "ApplicationId");

        m.CreateTable("ApplicationEvents", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ApplicationId = t.Column<Guid>(nullable: false),
            From = t.Column<string>(maxLength: 24, nullable: false),
            To = t.Column<string>(maxLength: 24, nullable: false),
            Message = t.Column<string>(maxLength: 4000, nullable: true),
            At = t.Column<DateTimeOffset>(nullable: false),
            ByUserId = t.Column<Guid>(nullable: true),
            ByName = t.Column<string>(maxLength: 256, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ApplicationEvents", x => x.Id);
            t.ForeignKey("FK_ApplicationEvents_LicenceApplications_ApplicationId", x => x.ApplicationId, "LicenceApplications", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_ApplicationEvents_ApplicationId", "ApplicationEvents", "ApplicationId");
    }
}
