using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Migrations;

/// <summary>Migrant workers: job orders, workers, deployments with their fees, on-site services and repatriations, and the Prakas 253 clause checklist.</summary>
[DbContext(typeof(LicensingDbContext))]
[Migration("20261122030000_Workers")]
public sealed class Workers : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        CreateContractClauses(migrationBuilder);
        CreateJobOrders(migrationBuilder);
        CreateWorkers(migrationBuilder);
        CreateDeployments(migrationBuilder);
        CreateDeploymentRecords(migrationBuilder);
    }

    private static void CreateContractClauses(MigrationBuilder m)
    {
        m.CreateTable("ContractClauses", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Code = t.Column<string>(maxLength: 50, nullable: false),
            Order = t.Column<int>(nullable: false),
            Active = t.Column<bool>(nullable: false),
            IsDefault = t.Column<bool>(nullable: false),
            Name_En = t.Column<string>(maxLength: 200, nullable: false),
            Name_Km = t.Column<string>(maxLength: 200, nullable: false),
            Version = t.Column<Guid>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ContractClauses", x => x.Id));
        m.CreateIndex("IX_ContractClauses_Code", "ContractClauses", "Code", unique: true);
    }

    private static void CreateJobOrders(MigrationBuilder m)
    {
        m.CreateTable("JobOrders", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AgencyId = t.Column<Guid>(nullable: false),
            Status = t.Column<string>(maxLength: 16, nullable: false),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            CreatedBy = t.Column<string>(maxLength: 256, nullable: false),
            DecidedAt = t.Column<DateTimeOffset>(nullable: true),
            DecidedBy = t.Column<string>(maxLength: 256, nullable: true),
            DecisionNote = t.Column<string>(maxLength: 1000, nullable: true),
            Offer_CountryCode = t.Column<string>(maxLength: 2, nullable: false),
            Offer_EmployerName = t.Column<string>(maxLength: 300, nullable: false),
            Offer_EmployerAddress = t.Column<string>(maxLength: 500, nullable: false),
            Offer_SectorCode = t.Column<string>(maxLength: 32, nullable: false),
            Offer_Occupation = t.Column<string>(maxLength: 200, nullable: false),
            Offer_WorkersRequested = t.Column<int>(nullable: false),
            Offer_MonthlyWage = t.Column<decimal>(precision: 18, scale: 2, nullable: false),
            Offer_Currency = t.Column<string>(maxLength: 3, nullable: false),
            Offer_ContractMonths = t.Column<int>(nullable: false),
            Version = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_JobOrders", x => x.Id);
            t.ForeignKey("FK_JobOrders_Agencies_AgencyId", x => x.AgencyId, "Agencies", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_JobOrders_AgencyId", "JobOrders", "AgencyId");
        m.CreateIndex("IX_JobOrders_Status_CreatedAt", "JobOrders", ["Status", "CreatedAt"]);
    }

    private static void CreateWorkers(MigrationBuilder m)
    {
        m.CreateTable("Workers", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AgencyId = t.Column<Guid>(nullable: false),
            NameKm = t.Column<string>(maxLength: 200, nullable: false),
            NameLatin = t.Column<string>(maxLength: 200, nullable: false),
            Sex = t.Column<string>(maxLength: 8, nullable: false),
            DateOfBirth = t.Column<DateOnly>(nullable: false),
            NationalId = t.Column<string>(maxLength: 32, nullable: false),
            PassportNumber = t.Column<string>(maxLength: 32, nullable: true),
            Phone = t.Column<string>(maxLength: 50, nullable: false),
            RegisteredAt = t.Column<DateTimeOffset>(nullable: false),
            Home_ProvinceCode = t.Column<string>(maxLength: 8, nullable: false),
            Home_District = t.Column<string>(maxLength: 100, nullable: false),
            Home_Commune = t.Column<string>(maxLength: 100, nullable: false),
            Home_Village = t.Column<string>(maxLength: 100, nullable: false),
            EmergencyContact_Name = t.Column<string>(maxLength: 200, nullable: false),
            EmergencyContact_Phone = t.Column<string>(maxLength: 50, nullable: false),
            Version = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Workers", x => x.Id);
            t.ForeignKey("FK_Workers_Agencies_AgencyId", x => x.AgencyId, "Agencies", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Workers_AgencyId", "Workers", "AgencyId");
        m.CreateIndex("IX_Workers_NationalId", "Workers", "NationalId", unique: true);
        m.CreateIndex("IX_Workers_PassportNumber", "Workers", "PassportNumber", unique: true);
    }

    private static void CreateDeployments(MigrationBuilder m)
    {
        m.CreateTable("Deployments", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            WorkerId = t.Column<Guid>(nullable: false),
            JobOrderId = t.Column<Guid>(nullable: false),
            AgencyId = t.Column<Guid>(nullable: false),
            CountryCode = t.Column<string>(maxLength: 2, nullable: false),
            SectorCode = t.Column<string>(maxLength: 32, nullable: false),
            Status = t.Column<string>(maxLength: 16, nullable: false),
            OpenSlot = t.Column<string>(maxLength: 64, nullable: true),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            ArrivedOn = t.Column<DateOnly>(nullable: true),
            Medical_ExaminedOn = t.Column<DateOnly>(nullable: true),
            Medical_Clinic = t.Column<string>(maxLength: 200, nullable: true),
            Medical_Fit = t.Column<bool>(nullable: true),
            Orientation_TrainingCentreId = t.Column<Guid>(nullable: true),
            Orientation_CompletedOn = t.Column<DateOnly>(nullable: true),
            Orientation_Hours = t.Column<decimal>(precision: 6, scale: 1, nullable: true),
            Orientation_Topics = t.Column<string>(maxLength: 500, nullable: true),
            Contract_SignedOn = t.Column<DateOnly>(nullable: true),
            Contract_Clauses = t.Column<string>(maxLength: 1000, nullable: true),
            SignedContract_StorageKey = t.Column<string>(maxLength: 200, nullable: true),
            SignedContract_FileName = t.Column<string>(maxLength: 255, nullable: true),
            SignedContract_ContentType = t.Column<string>(maxLength: 50, nullable: true),
            SignedContract_SizeBytes = t.Column<long>(nullable: true),
            SignedContract_Sha256 = t.Column<string>(maxLength: 64, nullable: true),
            Travel_PassportIssuedOn = t.Column<DateOnly>(nullable: true),
            Travel_PassportExpiresOn = t.Column<DateOnly>(nullable: true),
            Travel_VisaNumber = t.Column<string>(maxLength: 50, nullable: true),
            Travel_VisaIssuedOn = t.Column<DateOnly>(nullable: true),
            Travel_VisaExpiresOn = t.Column<DateOnly>(nullable: true),
            Departure_DepartedOn = t.Column<DateOnly>(nullable: true),
            Departure_DeparturePoint = t.Column<string>(maxLength: 200, nullable: true),
            Return_Outcome = t.Column<string>(maxLength: 24, nullable: true),
            Return_ReturnedOn = t.Column<DateOnly>(nullable: true),
            Return_ProvinceCode = t.Column<string>(maxLength: 8, nullable: true),
            Version = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Deployments", x => x.Id);
            t.ForeignKey("FK_Deployments_Agencies_AgencyId", x => x.AgencyId, "Agencies", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Deployments_JobOrders_JobOrderId", x => x.JobOrderId, "JobOrders", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Deployments_Workers_WorkerId", x => x.WorkerId, "Workers", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Deployments_AgencyId", "Deployments", "AgencyId");
        m.CreateIndex("IX_Deployments_CountryCode", "Deployments", "CountryCode");
        m.CreateIndex("IX_Deployments_JobOrderId", "Deployments", "JobOrderId");
        m.CreateIndex("IX_Deployments_OpenSlot", "Deployments", "OpenSlot", unique: true);
        m.CreateIndex("IX_Deployments_WorkerId", "Deployments", "WorkerId");
    }

    private static void CreateDeploymentRecords(MigrationBuilder m)
    {
        m.CreateTable("DeploymentFees", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            DeploymentId = t.Column<Guid>(nullable: false),
            Description = t.Column<string>(maxLength: 300, nullable: false),
            AmountUsd = t.Column<decimal>(precision: 18, scale: 2, nullable: false),
            PaidOn = t.Column<DateOnly>(nullable: false),
            ReceiptNumber = t.Column<string>(maxLength: 100, nullable: false),
            RecordedAt = t.Column<DateTimeOffset>(nullable: false),
            RecordedBy = t.Column<string>(maxLength: 256, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_DeploymentFees", x => x.Id);
            t.ForeignKey("FK_DeploymentFees_Deployments_DeploymentId", x => x.DeploymentId, "Deployments", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_DeploymentFees_DeploymentId", "DeploymentFees", "DeploymentId");

        m.CreateTable("OnSiteServices", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            DeploymentId = t.Column<Guid>(nullable: false),
            ContactedOn = t.Column<DateOnly>(nullable: false),
            Channel = t.Column<string>(maxLength: 24, nullable: false),
            Notes = t.Column<string>(maxLength: 2000, nullable: false),
            Problem = t.Column<string>(maxLength: 2000, nullable: true),
            Resolution = t.Column<string>(maxLength: 2000, nullable: true),
            RecordedAt = t.Column<DateTimeOffset>(nullable: false),
            RecordedBy = t.Column<string>(maxLength: 256, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_OnSiteServices", x => x.Id);
            t.ForeignKey("FK_OnSiteServices_Deployments_DeploymentId", x => x.DeploymentId, "Deployments", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_OnSiteServices_DeploymentId", "OnSiteServices", "DeploymentId");

        m.CreateTable("RepatriationCases", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            DeploymentId = t.Column<Guid>(nullable: false),
            Reason = t.Column<string>(maxLength: 24, nullable: false),
            RequestedBy = t.Column<string>(maxLength: 24, nullable: false),
            PaidBy = t.Column<string>(maxLength: 24, nullable: false),
            Notes = t.Column<string>(maxLength: 2000, nullable: true),
            Status = t.Column<string>(maxLength: 16, nullable: false),
            ReturnDate = t.Column<DateOnly>(nullable: true),
            OpenedAt = t.Column<DateTimeOffset>(nullable: false),
            OpenedBy = t.Column<string>(maxLength: 256, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_RepatriationCases", x => x.Id);
            t.ForeignKey("FK_RepatriationCases_Deployments_DeploymentId", x => x.DeploymentId, "Deployments", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_RepatriationCases_DeploymentId", "RepatriationCases", "DeploymentId");
    }
}
