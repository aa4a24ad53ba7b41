using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Migrations;

/// <summary>Reference data, settings, audit, notifications, agencies and licences, and Identity's tables.</summary>
[DbContext(typeof(LicensingDbContext))]
[Migration("20261122000000_Initial")]
public sealed partial class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        CreateReferenceTables(migrationBuilder);
        CreateSystemTables(migrationBuilder);
        CreateAgencyTables(migrationBuilder);
        CreateIdentityTables(migrationBuilder);
    }

    private static void CreateReferenceTables(MigrationBuilder m)
    {
        m.CreateTable("Countries", t => new
        {
            Code = t.Column<string>(maxLength: 2, nullable: false),
            EmbassyDutyEmail = t.Column<string>(maxLength: 256, nullable: false),
            HasLabourMou = t.Column<bool>(nullable: false),
            Embassy_En = t.Column<string>(maxLength: 300, nullable: false),
            Embassy_Km = t.Column<string>(maxLength: 300, nullable: false),
            Name_En = t.Column<string>(maxLength: 200, nullable: false),
            Name_Km = t.Column<string>(maxLength: 200, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Countries", x => x.Code));

        m.CreateTable("Provinces", t => new
        {
            Code = t.Column<string>(maxLength: 8, nullable: false),
            Name_En = t.Column<string>(maxLength: 100, nullable: false),
            Name_Km = t.Column<string>(maxLength: 100, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Provinces", x => x.Code));

        m.CreateTable("Sectors", t => new
        {
            Code = t.Column<string>(maxLength: 32, nullable: false),
            Name_En = t.Column<string>(maxLength: 100, nullable: false),
            Name_Km = t.Column<string>(maxLength: 100, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Sectors", x => x.Code));

        m.CreateTable("DeploymentRestrictions", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            CountryCode = t.Column<string>(maxLength: 2, nullable: false),
            SectorCode = t.Column<string>(maxLength: 32, nullable: false),
            Since = t.Column<DateOnly>(nullable: false),
            Reason = t.Column<string>(maxLength: 500, nullable: false),
            Version = t.Column<Guid>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_DeploymentRestrictions", x => x.Id));
        m.CreateIndex("IX_DeploymentRestrictions_CountryCode_SectorCode", "DeploymentRestrictions", ["CountryCode", "SectorCode"], unique: true);
    }

    private static void CreateSystemTables(MigrationBuilder m)
    {
        m.CreateTable("Settings", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Key = t.Column<string>(maxLength: 100, nullable: false),
            Value = t.Column<string>(maxLength: 2000, nullable: false),
            Version = t.Column<Guid>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Settings", x => x.Id));
        m.CreateIndex("IX_Settings_Key", "Settings", "Key", unique: true);

        m.CreateTable("AuditEntries", t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            At = t.Column<DateTimeOffset>(nullable: false),
            UserId = t.Column<Guid>(nullable: true),
            UserName = t.Column<string>(maxLength: 256, nullable: true),
            Action = t.Column<string>(maxLength: 32, nullable: false),
            EntityType = t.Column<string>(maxLength: 100, nullable: false),
            EntityId = t.Column<string>(maxLength: 100, nullable: false),
            Changes = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_AuditEntries", x => x.Id));
        m.CreateIndex("IX_AuditEntries_EntityType_EntityId", "AuditEntries", ["EntityType", "EntityId"]);

        m.CreateTable("OutboxMessages", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Channel = t.Column<string>(maxLength: 16, nullable: false),
            Recipient = t.Column<string>(maxLength: 256, nullable: false),
            Subject = t.Column<string>(maxLength: 300, nullable: false),
            Body = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            DeduplicationKey = t.Column<string>(maxLength: 200, nullable: true),
            Attempts = t.Column<int>(nullable: false),
            NextAttemptAt = t.Column<DateTimeOffset>(nullable: true),
            DeliveredAt = t.Column<DateTimeOffset>(nullable: true),
            DeadLetteredAt = t.Column<DateTimeOffset>(nullable: true),
            LastError = t.Column<string>(maxLength: 1000, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_OutboxMessages", x => x.Id));
        m.CreateIndex("IX_OutboxMessages_DeduplicationKey", "OutboxMessages", "DeduplicationKey", unique: true);
        m.CreateIndex("IX_OutboxMessages_NextAttemptAt", "OutboxMessages", "NextAttemptAt");

        m.CreateTable("InboxItems", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            UserId = t.Column<Guid>(nullable: false),
            Subject = t.Column<string>(maxLength: 300, nullable: false),
            Body = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            OutboxMessageId = t.Column<Guid>(nullable: false),
            ReadAt = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_InboxItems", x => x.Id));
        m.CreateIndex("IX_InboxItems_OutboxMessageId", "InboxItems", "OutboxMessageId", unique: true);
        m.CreateIndex("IX_InboxItems_UserId_CreatedAt", "InboxItems", ["UserId", "CreatedAt"]);
    }

    private static void CreateAgencyTables(MigrationBuilder m)
    {
        m.CreateTable("Agencies", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            RegistrationNumber = t.Column<string>(maxLength: 50, nullable: false),
            TaxNumber = t.Column<string>(maxLength: 50, nullable: false),
            Phone = t.Column<string>(maxLength: 50, nullable: false),
            Email = t.Column<string>(maxLength: 256, nullable: false),
            Directors = t.Column<string>(maxLength: 1000, nullable: false),
            HeadOffice_Line = t.Column<string>(maxLength: 500, nullable: false),
            HeadOffice_ProvinceCode = t.Column<string>(maxLength: 8, nullable: false),
            Name_En = t.Column<string>(maxLength: 300, nullable: false),
            Name_Km = t.Column<string>(maxLength: 300, nullable: false),
            Version = t.Column<Guid>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Agencies", x => x.Id));
        m.CreateIndex("IX_Agencies_RegistrationNumber", "Agencies", "RegistrationNumber", unique: true);

        m.CreateTable("Branches", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AgencyId = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(maxLength: 200, nullable: false),
            Address_Line = t.Column<string>(maxLength: 500, nullable: false),
            Address_ProvinceCode = t.Column<string>(maxLength: 8, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Branches", x => x.Id);
            t.ForeignKey("FK_Branches_Agencies_AgencyId", x => x.AgencyId, "Agencies", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_Branches_AgencyId", "Branches", "AgencyId");

        m.CreateTable("TrainingCentres", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AgencyId = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(maxLength: 200, nullable: false),
            Capacity = t.Column<int>(nullable: false),
            Address_Line = t.Column<string>(maxLength: 500, nullable: false),
            Address_ProvinceCode = t.Column<string>(maxLength: 8, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_TrainingCentres", x => x.Id);
            t.ForeignKey("FK_TrainingCentres_Agencies_AgencyId", x => x.AgencyId, "Agencies", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_TrainingCentres_AgencyId", "TrainingCentres", "AgencyId");

        m.CreateTable("Licences", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Number = t.Column<string>(maxLength: 20, nullable: false),
            AgencyId = t.Column<Guid>(nullable: false),
            RegistrationNumber = t.Column<string>(maxLength: 50, nullable: false),
            IssuedOn = t.Column<DateOnly>(nullable: false),
            ExpiresOn = t.Column<DateOnly>(nullable: false),
            Status = t.Column<string>(maxLength: 16, nullable: false),
            Version = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Licences", x => x.Id);
            t.ForeignKey("FK_Licences_Agencies_AgencyId", x => x.AgencyId, "Agencies", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Licences_AgencyId", "Licences", "AgencyId");
        m.CreateIndex("IX_Licences_Number", "Licences", "Number", unique: true);
    }
}
