using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Licensing.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Agencies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    TaxNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Directors = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IsPublicAgency = table.Column<bool>(type: "INTEGER", nullable: false),
                    HeadOffice_Line = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    HeadOffice_ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Name_Km = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agencies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgencyDeploymentCounts",
                columns: table => new
                {
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Deployed = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyDeploymentCounts", x => x.AgencyId);
                });

            migrationBuilder.CreateTable(
                name: "AgencyOpenComplaintCounts",
                columns: table => new
                {
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueMonth = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Complaints = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyOpenComplaintCounts", x => new { x.AgencyId, x.DueMonth });
                });

            migrationBuilder.CreateTable(
                name: "AgencyReceivedComplaintCounts",
                columns: table => new
                {
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Complaints = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyReceivedComplaintCounts", x => new { x.AgencyId, x.Month, x.ProvinceCode });
                });

            migrationBuilder.CreateTable(
                name: "Alerts",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BodyKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LiveDeliveredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Title_En = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Title_Km = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alerts", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    PanelSector = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChecklistItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Text_En = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Text_Km = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChecklistItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintDecisionTimes",
                columns: table => new
                {
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    TenthsOfDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Complaints = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintDecisionTimes", x => new { x.Month, x.ProvinceCode, x.TenthsOfDays });
                });

            migrationBuilder.CreateTable(
                name: "ContractClauses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name_Km = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractClauses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Countries",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    EmbassyDutyEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    HasLabourMou = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReservedToPublicAgencies = table.Column<bool>(type: "INTEGER", nullable: false),
                    Embassy_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Embassy_Km = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name_Km = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Countries", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "DeploymentRestrictions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    SectorCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SinceMonthOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LegalBasis_En = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LegalBasis_Km = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeploymentRestrictions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DocumentRequirements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name_Km = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentRequirements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboxItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OutboxMessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InspectionPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InspectorConflicts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DeclaredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectorConflicts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobSchedules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Cron = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobSchedules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpenComplaintCounts",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DueMonth = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Complaints = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenComplaintCounts", x => new { x.ProvinceCode, x.OfficerName, x.DueMonth });
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeduplicationKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeliveredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeadLetteredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Provinces",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name_Km = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Provinces", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "PublicHolidays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name_Km = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicHolidays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReceivedComplaintCounts",
                columns: table => new
                {
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Complaints = table.Column<int>(type: "INTEGER", nullable: false),
                    Decided = table.Column<int>(type: "INTEGER", nullable: false),
                    DaysToDecide = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceivedComplaintCounts", x => new { x.Month, x.Category, x.ProvinceCode, x.Outcome });
                });

            migrationBuilder.CreateTable(
                name: "Sectors",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name_Km = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sectors", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WebhookEndpoints",
                columns: table => new
                {
                    BodyKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Secret = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookEndpoints", x => x.BodyKey);
                });

            migrationBuilder.CreateTable(
                name: "WorkerMovementCounts",
                columns: table => new
                {
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    SectorCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Deployments = table.Column<int>(type: "INTEGER", nullable: false),
                    Returns = table.Column<int>(type: "INTEGER", nullable: false),
                    Repatriations = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerMovementCounts", x => new { x.Month, x.CountryCode, x.SectorCode, x.Sex, x.ProvinceCode });
                });

            migrationBuilder.CreateTable(
                name: "Branches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address_Line = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Address_ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Branches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Branches_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Complaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrackingCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PinHash = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    FailedPinAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    PinLockedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnlicensedRecruiter = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    IdentitySharedWithAgency = table.Column<bool>(type: "INTEGER", nullable: false),
                    Desk = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FiledByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedOfficerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedOfficerName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcknowledgeBy = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResolveBy = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AgencyAnswerBy = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AgencyAnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    ReferredTo = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    SettlementHonoured = table.Column<bool>(type: "INTEGER", nullable: true),
                    EscalationLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    Account_Category = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Account_WhatHappened = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Account_WhatTheyWant = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Account_When = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Account_Where = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Complainant_Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Complainant_FiledAs = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Complainant_FilerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Complainant_FilerOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Complainant_PassportNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Complainant_Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Complainant_PreferredContact = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Complainant_ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Complainant_WorkerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SanctionProposal_ProposedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SanctionProposal_ProposedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SanctionProposal_Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SanctionProposal_SuggestedPenalty = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Settlement_DocumentsReturned = table.Column<bool>(type: "INTEGER", nullable: true),
                    Settlement_RefundUsd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Settlement_Repatriation = table.Column<bool>(type: "INTEGER", nullable: true),
                    Settlement_Terms = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Complaints_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Evaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OverallScore = table.Column<decimal>(type: "TEXT", precision: 4, scale: 2, nullable: true),
                    Band = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ScoredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Evaluations_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PlannedFor = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ScheduledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Announced = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChecklistVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FollowUpOf = table.Column<Guid>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false, computedColumnSql: "COALESCE(\"ScheduledOn\", \"PlannedFor\")", stored: true),
                    Site_Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Site_Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Site_ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Site_SiteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inspections_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JobOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Offer_ContractMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    Offer_CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Offer_Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Offer_EmployerAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Offer_EmployerName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Offer_MonthlyWage = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Offer_Occupation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Offer_SectorCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Offer_WorkersRequested = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobOrders_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LicenceApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    LicenceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OpenSlot = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Details_ContactPerson = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Details_ContactPhone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Details_DestinationCountries = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Details_FinancialGuaranteeUsd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Details_Statement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LicenceApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LicenceApplications_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Licences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SuspendedUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RenewalPending = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Licences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Licences_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Sanctions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    FineAmountUsd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    SuspensionMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppealDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AppliedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AppliedNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AppealLodgedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AppealGrounds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AppealOutcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    AppealDecisionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AppealDecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sanctions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sanctions_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingCentres",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Address_Line = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Address_ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingCentres", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingCentres_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Workers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NameKm = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameLatin = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NationalId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PassportNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LatestCountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    LatestStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    EmergencyContact_Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EmergencyContact_Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Home_Commune = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Home_District = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Home_ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Home_Village = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Workers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Workers_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintEntries_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    File_ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    File_FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    File_Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    File_SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    File_StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintEvidence_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationPanelMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConflictReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationPanelMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationPanelMembers_Evaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "Evaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationScores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Criterion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Justification = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationScores_Evaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "Evaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Rewards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AwardedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AwardedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rewards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rewards_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Rewards_Evaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "Evaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InspectionAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionAnswers_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InspectionEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionEvents_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InspectionFindings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CorrectiveAction = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    EvidenceNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EvidenceSubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VerifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Evidence_ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Evidence_FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Evidence_Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Evidence_SizeBytes = table.Column<long>(type: "INTEGER", nullable: true),
                    Evidence_StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionFindings_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InspectionPhotos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    File_ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    File_FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    File_Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    File_SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    File_StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionPhotos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionPhotos_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InspectionTeamMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionTeamMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionTeamMembers_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequirementCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    File_ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    File_FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    File_Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    File_SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    File_StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationDocuments_LicenceApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "LicenceApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationEvents_LicenceApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "LicenceApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LicenceStatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LicenceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LicenceStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LicenceStatusChanges_Licences_LicenceId",
                        column: x => x.LicenceId,
                        principalTable: "Licences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Deployments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    SectorCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Welfare = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OpenSlot = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ArrivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Contract_Clauses = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Contract_SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Departure_DepartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Departure_DeparturePoint = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Medical_Clinic = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Medical_ExaminedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Medical_MentallyFit = table.Column<bool>(type: "INTEGER", nullable: true),
                    Medical_PhysicallyFit = table.Column<bool>(type: "INTEGER", nullable: true),
                    Orientation_CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Orientation_Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: true),
                    Orientation_Topics = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Orientation_TrainingCentreId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Return_Outcome = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    Return_ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Return_ReturnedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SignedContract_ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    SignedContract_FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    SignedContract_Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SignedContract_SizeBytes = table.Column<long>(type: "INTEGER", nullable: true),
                    SignedContract_StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Travel_PassportExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Travel_PassportIssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Travel_VisaExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Travel_VisaIssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Travel_VisaNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deployments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Deployments_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Deployments_JobOrders_JobOrderId",
                        column: x => x.JobOrderId,
                        principalTable: "JobOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Deployments_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DepartureClearances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DeploymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OpenSlot = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UsedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VoidReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartureClearances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DepartureClearances_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DepartureClearances_Deployments_DeploymentId",
                        column: x => x.DeploymentId,
                        principalTable: "Deployments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DepartureClearances_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeploymentFees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeploymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AmountUsd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeploymentFees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeploymentFees_Deployments_DeploymentId",
                        column: x => x.DeploymentId,
                        principalTable: "Deployments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DisappearanceCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    WorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeploymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReportedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReportedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    IsLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    AgencyPosition = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Verified = table.Column<bool>(type: "INTEGER", nullable: false),
                    VerifiedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OpenSlot = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LastAgencyUpdateAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ResolutionNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Facts_AgencyLearnedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Facts_Circumstances = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Facts_LastContactAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Facts_LastKnownLocation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Facts_Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Facts_Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Facts_OthersInformed = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Family_Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Family_Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Family_Relationship = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisappearanceCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisappearanceCases_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DisappearanceCases_Deployments_DeploymentId",
                        column: x => x.DeploymentId,
                        principalTable: "Deployments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DisappearanceCases_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnSiteServices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeploymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnSiteServices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnSiteServices_Deployments_DeploymentId",
                        column: x => x.DeploymentId,
                        principalTable: "Deployments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RepatriationCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeploymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    PaidBy = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReturnDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepatriationCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RepatriationCases_Deployments_DeploymentId",
                        column: x => x.DeploymentId,
                        principalTable: "Deployments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DisappearanceRecipients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BodyKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NotifiedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AcknowledgedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EscalatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisappearanceRecipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisappearanceRecipients_DisappearanceCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "DisappearanceCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DisappearanceUpdates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PostedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisappearanceUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisappearanceUpdates_DisappearanceCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "DisappearanceCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_RegistrationNumber",
                table: "Agencies",
                column: "RegistrationNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_BodyKey_Sequence",
                table: "Alerts",
                columns: new[] { "BodyKey", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_CaseId",
                table: "Alerts",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationDocuments_ApplicationId",
                table: "ApplicationDocuments",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationEvents_ApplicationId",
                table: "ApplicationEvents",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_AgencyId",
                table: "AspNetUsers",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_Branches_AgencyId",
                table: "Branches",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistItems_TemplateVersion_Code",
                table: "ChecklistItems",
                columns: new[] { "TemplateVersion", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintEntries_ComplaintId",
                table: "ComplaintEntries",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintEvidence_ComplaintId",
                table: "ComplaintEvidence",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_AgencyId",
                table: "Complaints",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_FiledByUserId",
                table: "Complaints",
                column: "FiledByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_NotReceived_ResolveBy_Id",
                table: "Complaints",
                columns: new[] { "ResolveBy", "Id" },
                filter: "\"Status\" <> 'Received'");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Open",
                table: "Complaints",
                column: "Id",
                filter: "\"Status\" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation')");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Received_AcknowledgeBy",
                table: "Complaints",
                column: "AcknowledgeBy",
                filter: "\"Status\" = 'Received'");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Received_ResolveBy_Id",
                table: "Complaints",
                columns: new[] { "ResolveBy", "Id" },
                filter: "\"Status\" = 'Received'");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ReceivedAt_AgencyId_DecidedAt",
                table: "Complaints",
                columns: new[] { "ReceivedAt", "AgencyId", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ReferredTo",
                table: "Complaints",
                column: "ReferredTo");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Status",
                table: "Complaints",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_TrackingCode",
                table: "Complaints",
                column: "TrackingCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContractClauses_Code",
                table: "ContractClauses",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DepartureClearances_AgencyId_Status",
                table: "DepartureClearances",
                columns: new[] { "AgencyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_DepartureClearances_DeploymentId",
                table: "DepartureClearances",
                column: "DeploymentId");

            migrationBuilder.CreateIndex(
                name: "IX_DepartureClearances_Number",
                table: "DepartureClearances",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DepartureClearances_OpenSlot",
                table: "DepartureClearances",
                column: "OpenSlot",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DepartureClearances_Status_ValidUntil",
                table: "DepartureClearances",
                columns: new[] { "Status", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_DepartureClearances_WorkerId",
                table: "DepartureClearances",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_DeploymentFees_DeploymentId",
                table: "DeploymentFees",
                column: "DeploymentId");

            migrationBuilder.CreateIndex(
                name: "IX_DeploymentRestrictions_CountryCode_SectorCode",
                table: "DeploymentRestrictions",
                columns: new[] { "CountryCode", "SectorCode" },
                unique: true,
                filter: "\"EndedOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_AgencyId",
                table: "Deployments",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_CountryCode",
                table: "Deployments",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_JobOrderId",
                table: "Deployments",
                column: "JobOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_OpenSlot",
                table: "Deployments",
                column: "OpenSlot",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_WorkerId",
                table: "Deployments",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_DisappearanceCases_AgencyId",
                table: "DisappearanceCases",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_DisappearanceCases_CountryCode_ReportedAt",
                table: "DisappearanceCases",
                columns: new[] { "CountryCode", "ReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DisappearanceCases_DeploymentId",
                table: "DisappearanceCases",
                column: "DeploymentId");

            migrationBuilder.CreateIndex(
                name: "IX_DisappearanceCases_IdempotencyKey",
                table: "DisappearanceCases",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisappearanceCases_Number",
                table: "DisappearanceCases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisappearanceCases_OpenSlot",
                table: "DisappearanceCases",
                column: "OpenSlot",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisappearanceCases_Status_LastAgencyUpdateAt",
                table: "DisappearanceCases",
                columns: new[] { "Status", "LastAgencyUpdateAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DisappearanceCases_WorkerId",
                table: "DisappearanceCases",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_DisappearanceRecipients_CaseId_BodyKey",
                table: "DisappearanceRecipients",
                columns: new[] { "CaseId", "BodyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisappearanceRecipients_Unacknowledged",
                table: "DisappearanceRecipients",
                columns: new[] { "AcknowledgedAt", "EscalatedAt", "NotifiedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DisappearanceUpdates_CaseId",
                table: "DisappearanceUpdates",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentRequirements_Code",
                table: "DocumentRequirements",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationPanelMembers_EvaluationId_UserId",
                table: "EvaluationPanelMembers",
                columns: new[] { "EvaluationId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationPanelMembers_UserId",
                table: "EvaluationPanelMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_AgencyId_Status",
                table: "Evaluations",
                columns: new[] { "AgencyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_OneOpenPerAgency",
                table: "Evaluations",
                column: "AgencyId",
                unique: true,
                filter: "\"Status\" <> 'Decided'");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationScores_EvaluationId_UserId_Criterion",
                table: "EvaluationScores",
                columns: new[] { "EvaluationId", "UserId", "Criterion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboxItems_OutboxMessageId",
                table: "InboxItems",
                column: "OutboxMessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboxItems_UserId_CreatedAt",
                table: "InboxItems",
                columns: new[] { "UserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionAnswers_InspectionId_ItemCode",
                table: "InspectionAnswers",
                columns: new[] { "InspectionId", "ItemCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InspectionEvents_InspectionId",
                table: "InspectionEvents",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionFindings_InspectionId",
                table: "InspectionFindings",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionFindings_Status_DueOn",
                table: "InspectionFindings",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionPhotos_InspectionId",
                table: "InspectionPhotos",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionPlans_Year",
                table: "InspectionPlans",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_AgencyId",
                table: "Inspections",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_Date",
                table: "Inspections",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_PlanId",
                table: "Inspections",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_Status_ScheduledOn",
                table: "Inspections",
                columns: new[] { "Status", "ScheduledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionTeamMembers_InspectionId",
                table: "InspectionTeamMembers",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionTeamMembers_InspectorId",
                table: "InspectionTeamMembers",
                column: "InspectorId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectorConflicts_InspectorId_AgencyId",
                table: "InspectorConflicts",
                columns: new[] { "InspectorId", "AgencyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JobOrders_AgencyId",
                table: "JobOrders",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_JobOrders_Status_CreatedAt",
                table: "JobOrders",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_JobSchedules_JobName",
                table: "JobSchedules",
                column: "JobName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LicenceApplications_AgencyId",
                table: "LicenceApplications",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_LicenceApplications_LicenceId",
                table: "LicenceApplications",
                column: "LicenceId");

            migrationBuilder.CreateIndex(
                name: "IX_LicenceApplications_OpenSlot",
                table: "LicenceApplications",
                column: "OpenSlot",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LicenceApplications_Status_SubmittedAt",
                table: "LicenceApplications",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Licences_AgencyId",
                table: "Licences",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Licences_AgencyId_Held",
                table: "Licences",
                column: "AgencyId",
                unique: true,
                filter: "\"Status\" IN ('Active', 'Suspended')");

            migrationBuilder.CreateIndex(
                name: "IX_Licences_Number",
                table: "Licences",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Licences_Status_ExpiresOn",
                table: "Licences",
                columns: new[] { "Status", "ExpiresOn" });

            migrationBuilder.CreateIndex(
                name: "IX_LicenceStatusChanges_LicenceId",
                table: "LicenceStatusChanges",
                column: "LicenceId");

            migrationBuilder.CreateIndex(
                name: "IX_OnSiteServices_DeploymentId",
                table: "OnSiteServices",
                column: "DeploymentId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_DeduplicationKey",
                table: "OutboxMessages",
                column: "DeduplicationKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_NextAttemptAt",
                table: "OutboxMessages",
                column: "NextAttemptAt");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Undelivered",
                table: "OutboxMessages",
                column: "Id",
                filter: "\"DeliveredAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_PublicHolidays_Date",
                table: "PublicHolidays",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RepatriationCases_DeploymentId",
                table: "RepatriationCases",
                column: "DeploymentId");

            migrationBuilder.CreateIndex(
                name: "IX_Rewards_AgencyId_Kind",
                table: "Rewards",
                columns: new[] { "AgencyId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Rewards_EvaluationId",
                table: "Rewards",
                column: "EvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_Sanctions_AgencyId",
                table: "Sanctions",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Sanctions_Source_SourceId",
                table: "Sanctions",
                columns: new[] { "Source", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Sanctions_Status_EffectiveFrom",
                table: "Sanctions",
                columns: new[] { "Status", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_Settings_Key",
                table: "Settings",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCentres_AgencyId",
                table: "TrainingCentres",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_AgencyId",
                table: "Workers",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_LatestCountry",
                table: "Workers",
                columns: new[] { "LatestCountryCode", "LatestStatus", "RegisteredAt", "NameLatin" },
                descending: new[] { false, false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_Workers_LatestStatus",
                table: "Workers",
                columns: new[] { "LatestStatus", "RegisteredAt", "NameLatin" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_Workers_NationalId",
                table: "Workers",
                column: "NationalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Workers_Newest",
                table: "Workers",
                columns: new[] { "RegisteredAt", "NameLatin" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "IX_Workers_PassportNumber",
                table: "Workers",
                column: "PassportNumber",
                unique: true);

            // Raw SQL the model cannot state (triggers and their functions), as literal text:
            // copied from a database built by the hand-written migrations this baseline replaces (ADR-023).
            migrationBuilder.Sql(
                """
                CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only'); END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only'); END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER deployments_count_inserted BEFORE INSERT ON "Deployments" BEGIN
                INSERT INTO "WorkerMovementCounts" ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", "Deployments", "Returns", "Repatriations")
                SELECT "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", 1 * SUM("Deployments"), 1 * SUM("Returns"), 1 * SUM("Repatriations")
                FROM (SELECT strftime('%Y-%m', d."Departure_DepartedOn") AS "Month", d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode" AS "ProvinceCode",
                    1 AS "Deployments", 0 AS "Returns", 0 AS "Repatriations"
                FROM (SELECT NEW."WorkerId" AS "WorkerId", NEW."AgencyId" AS "AgencyId", NEW."CountryCode" AS "CountryCode", NEW."SectorCode" AS "SectorCode", NEW."Departure_DepartedOn" AS "Departure_DepartedOn", NEW."Return_ReturnedOn" AS "Return_ReturnedOn") AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
                WHERE d."Departure_DepartedOn" IS NOT NULL
                UNION ALL
                SELECT strftime('%Y-%m', d."Return_ReturnedOn"), d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode", 0, 1, 0
                FROM (SELECT NEW."WorkerId" AS "WorkerId", NEW."AgencyId" AS "AgencyId", NEW."CountryCode" AS "CountryCode", NEW."SectorCode" AS "SectorCode", NEW."Departure_DepartedOn" AS "Departure_DepartedOn", NEW."Return_ReturnedOn" AS "Return_ReturnedOn") AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
                WHERE d."Return_ReturnedOn" IS NOT NULL) AS c
                GROUP BY "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode"
                ON CONFLICT ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode") DO UPDATE SET
                    "Deployments" = "WorkerMovementCounts"."Deployments" + excluded."Deployments",
                    "Returns" = "WorkerMovementCounts"."Returns" + excluded."Returns",
                    "Repatriations" = "WorkerMovementCounts"."Repatriations" + excluded."Repatriations";
                INSERT INTO "AgencyDeploymentCounts" ("AgencyId", "Deployed")
                SELECT d."AgencyId", 1 * COUNT(*) FROM (SELECT NEW."WorkerId" AS "WorkerId", NEW."AgencyId" AS "AgencyId", NEW."CountryCode" AS "CountryCode", NEW."SectorCode" AS "SectorCode", NEW."Departure_DepartedOn" AS "Departure_DepartedOn", NEW."Return_ReturnedOn" AS "Return_ReturnedOn") AS d WHERE d."Departure_DepartedOn" IS NOT NULL GROUP BY d."AgencyId"
                ON CONFLICT ("AgencyId") DO UPDATE SET "Deployed" = "AgencyDeploymentCounts"."Deployed" + excluded."Deployed";
                END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER deployments_count_updated BEFORE UPDATE OF "Departure_DepartedOn", "Return_ReturnedOn" ON "Deployments" BEGIN
                INSERT INTO "WorkerMovementCounts" ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", "Deployments", "Returns", "Repatriations")
                SELECT "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", -1 * SUM("Deployments"), -1 * SUM("Returns"), -1 * SUM("Repatriations")
                FROM (SELECT strftime('%Y-%m', d."Departure_DepartedOn") AS "Month", d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode" AS "ProvinceCode",
                    1 AS "Deployments", 0 AS "Returns", 0 AS "Repatriations"
                FROM (SELECT OLD."WorkerId" AS "WorkerId", OLD."AgencyId" AS "AgencyId", OLD."CountryCode" AS "CountryCode", OLD."SectorCode" AS "SectorCode", OLD."Departure_DepartedOn" AS "Departure_DepartedOn", OLD."Return_ReturnedOn" AS "Return_ReturnedOn") AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
                WHERE d."Departure_DepartedOn" IS NOT NULL
                UNION ALL
                SELECT strftime('%Y-%m', d."Return_ReturnedOn"), d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode", 0, 1, 0
                FROM (SELECT OLD."WorkerId" AS "WorkerId", OLD."AgencyId" AS "AgencyId", OLD."CountryCode" AS "CountryCode", OLD."SectorCode" AS "SectorCode", OLD."Departure_DepartedOn" AS "Departure_DepartedOn", OLD."Return_ReturnedOn" AS "Return_ReturnedOn") AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
                WHERE d."Return_ReturnedOn" IS NOT NULL) AS c
                GROUP BY "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode"
                ON CONFLICT ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode") DO UPDATE SET
                    "Deployments" = "WorkerMovementCounts"."Deployments" + excluded."Deployments",
                    "Returns" = "WorkerMovementCounts"."Returns" + excluded."Returns",
                    "Repatriations" = "WorkerMovementCounts"."Repatriations" + excluded."Repatriations";
                INSERT INTO "AgencyDeploymentCounts" ("AgencyId", "Deployed")
                SELECT d."AgencyId", -1 * COUNT(*) FROM (SELECT OLD."WorkerId" AS "WorkerId", OLD."AgencyId" AS "AgencyId", OLD."CountryCode" AS "CountryCode", OLD."SectorCode" AS "SectorCode", OLD."Departure_DepartedOn" AS "Departure_DepartedOn", OLD."Return_ReturnedOn" AS "Return_ReturnedOn") AS d WHERE d."Departure_DepartedOn" IS NOT NULL GROUP BY d."AgencyId"
                ON CONFLICT ("AgencyId") DO UPDATE SET "Deployed" = "AgencyDeploymentCounts"."Deployed" + excluded."Deployed";
                INSERT INTO "WorkerMovementCounts" ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", "Deployments", "Returns", "Repatriations")
                SELECT "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", 1 * SUM("Deployments"), 1 * SUM("Returns"), 1 * SUM("Repatriations")
                FROM (SELECT strftime('%Y-%m', d."Departure_DepartedOn") AS "Month", d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode" AS "ProvinceCode",
                    1 AS "Deployments", 0 AS "Returns", 0 AS "Repatriations"
                FROM (SELECT NEW."WorkerId" AS "WorkerId", NEW."AgencyId" AS "AgencyId", NEW."CountryCode" AS "CountryCode", NEW."SectorCode" AS "SectorCode", NEW."Departure_DepartedOn" AS "Departure_DepartedOn", NEW."Return_ReturnedOn" AS "Return_ReturnedOn") AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
                WHERE d."Departure_DepartedOn" IS NOT NULL
                UNION ALL
                SELECT strftime('%Y-%m', d."Return_ReturnedOn"), d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode", 0, 1, 0
                FROM (SELECT NEW."WorkerId" AS "WorkerId", NEW."AgencyId" AS "AgencyId", NEW."CountryCode" AS "CountryCode", NEW."SectorCode" AS "SectorCode", NEW."Departure_DepartedOn" AS "Departure_DepartedOn", NEW."Return_ReturnedOn" AS "Return_ReturnedOn") AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
                WHERE d."Return_ReturnedOn" IS NOT NULL) AS c
                GROUP BY "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode"
                ON CONFLICT ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode") DO UPDATE SET
                    "Deployments" = "WorkerMovementCounts"."Deployments" + excluded."Deployments",
                    "Returns" = "WorkerMovementCounts"."Returns" + excluded."Returns",
                    "Repatriations" = "WorkerMovementCounts"."Repatriations" + excluded."Repatriations";
                INSERT INTO "AgencyDeploymentCounts" ("AgencyId", "Deployed")
                SELECT d."AgencyId", 1 * COUNT(*) FROM (SELECT NEW."WorkerId" AS "WorkerId", NEW."AgencyId" AS "AgencyId", NEW."CountryCode" AS "CountryCode", NEW."SectorCode" AS "SectorCode", NEW."Departure_DepartedOn" AS "Departure_DepartedOn", NEW."Return_ReturnedOn" AS "Return_ReturnedOn") AS d WHERE d."Departure_DepartedOn" IS NOT NULL GROUP BY d."AgencyId"
                ON CONFLICT ("AgencyId") DO UPDATE SET "Deployed" = "AgencyDeploymentCounts"."Deployed" + excluded."Deployed";
                END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER deployments_count_deleted BEFORE DELETE ON "Deployments" BEGIN
                INSERT INTO "WorkerMovementCounts" ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", "Deployments", "Returns", "Repatriations")
                SELECT "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", -1 * SUM("Deployments"), -1 * SUM("Returns"), -1 * SUM("Repatriations")
                FROM (SELECT strftime('%Y-%m', d."Departure_DepartedOn") AS "Month", d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode" AS "ProvinceCode",
                    1 AS "Deployments", 0 AS "Returns", 0 AS "Repatriations"
                FROM (SELECT OLD."WorkerId" AS "WorkerId", OLD."AgencyId" AS "AgencyId", OLD."CountryCode" AS "CountryCode", OLD."SectorCode" AS "SectorCode", OLD."Departure_DepartedOn" AS "Departure_DepartedOn", OLD."Return_ReturnedOn" AS "Return_ReturnedOn") AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
                WHERE d."Departure_DepartedOn" IS NOT NULL
                UNION ALL
                SELECT strftime('%Y-%m', d."Return_ReturnedOn"), d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode", 0, 1, 0
                FROM (SELECT OLD."WorkerId" AS "WorkerId", OLD."AgencyId" AS "AgencyId", OLD."CountryCode" AS "CountryCode", OLD."SectorCode" AS "SectorCode", OLD."Departure_DepartedOn" AS "Departure_DepartedOn", OLD."Return_ReturnedOn" AS "Return_ReturnedOn") AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
                WHERE d."Return_ReturnedOn" IS NOT NULL) AS c
                GROUP BY "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode"
                ON CONFLICT ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode") DO UPDATE SET
                    "Deployments" = "WorkerMovementCounts"."Deployments" + excluded."Deployments",
                    "Returns" = "WorkerMovementCounts"."Returns" + excluded."Returns",
                    "Repatriations" = "WorkerMovementCounts"."Repatriations" + excluded."Repatriations";
                INSERT INTO "AgencyDeploymentCounts" ("AgencyId", "Deployed")
                SELECT d."AgencyId", -1 * COUNT(*) FROM (SELECT OLD."WorkerId" AS "WorkerId", OLD."AgencyId" AS "AgencyId", OLD."CountryCode" AS "CountryCode", OLD."SectorCode" AS "SectorCode", OLD."Departure_DepartedOn" AS "Departure_DepartedOn", OLD."Return_ReturnedOn" AS "Return_ReturnedOn") AS d WHERE d."Departure_DepartedOn" IS NOT NULL GROUP BY d."AgencyId"
                ON CONFLICT ("AgencyId") DO UPDATE SET "Deployed" = "AgencyDeploymentCounts"."Deployed" + excluded."Deployed";
                END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER deployments_latest_inserted BEFORE INSERT ON "Deployments" BEGIN
                UPDATE "Workers" SET "LatestStatus" = NEW."Status", "LatestCountryCode" = NEW."CountryCode"
                WHERE "Id" = NEW."WorkerId"
                  AND NOT EXISTS (SELECT 1 FROM "Deployments" AS d WHERE d."WorkerId" = NEW."WorkerId" AND d."Id" <> NEW."Id" AND d."CreatedAt" > NEW."CreatedAt");
                END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER deployments_latest_updated BEFORE UPDATE OF "Status", "CountryCode" ON "Deployments" BEGIN
                UPDATE "Workers" SET "LatestStatus" = NEW."Status", "LatestCountryCode" = NEW."CountryCode"
                WHERE "Id" = NEW."WorkerId"
                  AND NOT EXISTS (SELECT 1 FROM "Deployments" AS d WHERE d."WorkerId" = NEW."WorkerId" AND d."Id" <> NEW."Id" AND d."CreatedAt" > NEW."CreatedAt");
                END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER deployments_latest_deleted BEFORE DELETE ON "Deployments" BEGIN
                UPDATE "Workers" SET "LatestStatus" = (SELECT d."Status" FROM "Deployments" AS d WHERE d."WorkerId" = OLD."WorkerId" AND d."Id" <> OLD."Id" ORDER BY d."CreatedAt" DESC LIMIT 1), "LatestCountryCode" = (SELECT d."CountryCode" FROM "Deployments" AS d WHERE d."WorkerId" = OLD."WorkerId" AND d."Id" <> OLD."Id" ORDER BY d."CreatedAt" DESC LIMIT 1)
                WHERE "Id" = OLD."WorkerId";
                END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER complaints_count_received_inserted BEFORE INSERT ON "Complaints" BEGIN
                INSERT INTO "ReceivedComplaintCounts" ("Month", "Category", "ProvinceCode", "Outcome", "Complaints", "Decided", "DaysToDecide")
                SELECT strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Account_Category", c."Complainant_ProvinceCode", COALESCE(c."Outcome", ''),
                    1 * COUNT(*), 1 * COUNT(c."DecidedAt"), 1 * COALESCE(SUM((unixepoch(c."DecidedAt", 'subsec') - unixepoch(c."ReceivedAt", 'subsec')) / 86400.0), 0.0)
                FROM (SELECT NEW."ReceivedAt" AS "ReceivedAt", NEW."Account_Category" AS "Account_Category", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."Outcome" AS "Outcome", NEW."DecidedAt" AS "DecidedAt", NEW."AgencyId" AS "AgencyId") AS c GROUP BY 1, 2, 3, 4
                ON CONFLICT ("Month", "Category", "ProvinceCode", "Outcome") DO UPDATE SET
                    "Complaints" = "ReceivedComplaintCounts"."Complaints" + excluded."Complaints",
                    "Decided" = "ReceivedComplaintCounts"."Decided" + excluded."Decided",
                    "DaysToDecide" = "ReceivedComplaintCounts"."DaysToDecide" + excluded."DaysToDecide";
                INSERT INTO "AgencyReceivedComplaintCounts" ("AgencyId", "Month", "ProvinceCode", "Complaints")
                SELECT c."AgencyId", strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Complainant_ProvinceCode", 1 * COUNT(*)
                FROM (SELECT NEW."ReceivedAt" AS "ReceivedAt", NEW."Account_Category" AS "Account_Category", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."Outcome" AS "Outcome", NEW."DecidedAt" AS "DecidedAt", NEW."AgencyId" AS "AgencyId") AS c WHERE c."AgencyId" IS NOT NULL GROUP BY 1, 2, 3
                ON CONFLICT ("AgencyId", "Month", "ProvinceCode") DO UPDATE SET "Complaints" = "AgencyReceivedComplaintCounts"."Complaints" + excluded."Complaints";
                INSERT INTO "ComplaintDecisionTimes" ("Month", "ProvinceCode", "TenthsOfDays", "Complaints")
                SELECT strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Complainant_ProvinceCode", CAST(round((unixepoch(c."DecidedAt", 'subsec') - unixepoch(c."ReceivedAt", 'subsec')) / 8640.0) AS integer), 1 * COUNT(*)
                FROM (SELECT NEW."ReceivedAt" AS "ReceivedAt", NEW."Account_Category" AS "Account_Category", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."Outcome" AS "Outcome", NEW."DecidedAt" AS "DecidedAt", NEW."AgencyId" AS "AgencyId") AS c WHERE c."DecidedAt" IS NOT NULL GROUP BY 1, 2, 3
                ON CONFLICT ("Month", "ProvinceCode", "TenthsOfDays") DO UPDATE SET "Complaints" = "ComplaintDecisionTimes"."Complaints" + excluded."Complaints";
                END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER complaints_count_received_updated BEFORE UPDATE OF "ReceivedAt", "Account_Category", "Complainant_ProvinceCode", "Outcome", "DecidedAt", "AgencyId" ON "Complaints" BEGIN
                INSERT INTO "ReceivedComplaintCounts" ("Month", "Category", "ProvinceCode", "Outcome", "Complaints", "Decided", "DaysToDecide")
                SELECT strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Account_Category", c."Complainant_ProvinceCode", COALESCE(c."Outcome", ''),
                    -1 * COUNT(*), -1 * COUNT(c."DecidedAt"), -1 * COALESCE(SUM((unixepoch(c."DecidedAt", 'subsec') - unixepoch(c."ReceivedAt", 'subsec')) / 86400.0), 0.0)
                FROM (SELECT OLD."ReceivedAt" AS "ReceivedAt", OLD."Account_Category" AS "Account_Category", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."Outcome" AS "Outcome", OLD."DecidedAt" AS "DecidedAt", OLD."AgencyId" AS "AgencyId") AS c GROUP BY 1, 2, 3, 4
                ON CONFLICT ("Month", "Category", "ProvinceCode", "Outcome") DO UPDATE SET
                    "Complaints" = "ReceivedComplaintCounts"."Complaints" + excluded."Complaints",
                    "Decided" = "ReceivedComplaintCounts"."Decided" + excluded."Decided",
                    "DaysToDecide" = "ReceivedComplaintCounts"."DaysToDecide" + excluded."DaysToDecide";
                INSERT INTO "AgencyReceivedComplaintCounts" ("AgencyId", "Month", "ProvinceCode", "Complaints")
                SELECT c."AgencyId", strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Complainant_ProvinceCode", -1 * COUNT(*)
                FROM (SELECT OLD."ReceivedAt" AS "ReceivedAt", OLD."Account_Category" AS "Account_Category", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."Outcome" AS "Outcome", OLD."DecidedAt" AS "DecidedAt", OLD."AgencyId" AS "AgencyId") AS c WHERE c."AgencyId" IS NOT NULL GROUP BY 1, 2, 3
                ON CONFLICT ("AgencyId", "Month", "ProvinceCode") DO UPDATE SET "Complaints" = "AgencyReceivedComplaintCounts"."Complaints" + excluded."Complaints";
                INSERT INTO "ComplaintDecisionTimes" ("Month", "ProvinceCode", "TenthsOfDays", "Complaints")
                SELECT strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Complainant_ProvinceCode", CAST(round((unixepoch(c."DecidedAt", 'subsec') - unixepoch(c."ReceivedAt", 'subsec')) / 8640.0) AS integer), -1 * COUNT(*)
                FROM (SELECT OLD."ReceivedAt" AS "ReceivedAt", OLD."Account_Category" AS "Account_Category", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."Outcome" AS "Outcome", OLD."DecidedAt" AS "DecidedAt", OLD."AgencyId" AS "AgencyId") AS c WHERE c."DecidedAt" IS NOT NULL GROUP BY 1, 2, 3
                ON CONFLICT ("Month", "ProvinceCode", "TenthsOfDays") DO UPDATE SET "Complaints" = "ComplaintDecisionTimes"."Complaints" + excluded."Complaints";
                INSERT INTO "ReceivedComplaintCounts" ("Month", "Category", "ProvinceCode", "Outcome", "Complaints", "Decided", "DaysToDecide")
                SELECT strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Account_Category", c."Complainant_ProvinceCode", COALESCE(c."Outcome", ''),
                    1 * COUNT(*), 1 * COUNT(c."DecidedAt"), 1 * COALESCE(SUM((unixepoch(c."DecidedAt", 'subsec') - unixepoch(c."ReceivedAt", 'subsec')) / 86400.0), 0.0)
                FROM (SELECT NEW."ReceivedAt" AS "ReceivedAt", NEW."Account_Category" AS "Account_Category", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."Outcome" AS "Outcome", NEW."DecidedAt" AS "DecidedAt", NEW."AgencyId" AS "AgencyId") AS c GROUP BY 1, 2, 3, 4
                ON CONFLICT ("Month", "Category", "ProvinceCode", "Outcome") DO UPDATE SET
                    "Complaints" = "ReceivedComplaintCounts"."Complaints" + excluded."Complaints",
                    "Decided" = "ReceivedComplaintCounts"."Decided" + excluded."Decided",
                    "DaysToDecide" = "ReceivedComplaintCounts"."DaysToDecide" + excluded."DaysToDecide";
                INSERT INTO "AgencyReceivedComplaintCounts" ("AgencyId", "Month", "ProvinceCode", "Complaints")
                SELECT c."AgencyId", strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Complainant_ProvinceCode", 1 * COUNT(*)
                FROM (SELECT NEW."ReceivedAt" AS "ReceivedAt", NEW."Account_Category" AS "Account_Category", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."Outcome" AS "Outcome", NEW."DecidedAt" AS "DecidedAt", NEW."AgencyId" AS "AgencyId") AS c WHERE c."AgencyId" IS NOT NULL GROUP BY 1, 2, 3
                ON CONFLICT ("AgencyId", "Month", "ProvinceCode") DO UPDATE SET "Complaints" = "AgencyReceivedComplaintCounts"."Complaints" + excluded."Complaints";
                INSERT INTO "ComplaintDecisionTimes" ("Month", "ProvinceCode", "TenthsOfDays", "Complaints")
                SELECT strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Complainant_ProvinceCode", CAST(round((unixepoch(c."DecidedAt", 'subsec') - unixepoch(c."ReceivedAt", 'subsec')) / 8640.0) AS integer), 1 * COUNT(*)
                FROM (SELECT NEW."ReceivedAt" AS "ReceivedAt", NEW."Account_Category" AS "Account_Category", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."Outcome" AS "Outcome", NEW."DecidedAt" AS "DecidedAt", NEW."AgencyId" AS "AgencyId") AS c WHERE c."DecidedAt" IS NOT NULL GROUP BY 1, 2, 3
                ON CONFLICT ("Month", "ProvinceCode", "TenthsOfDays") DO UPDATE SET "Complaints" = "ComplaintDecisionTimes"."Complaints" + excluded."Complaints";
                END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER complaints_count_received_deleted BEFORE DELETE ON "Complaints" BEGIN
                INSERT INTO "ReceivedComplaintCounts" ("Month", "Category", "ProvinceCode", "Outcome", "Complaints", "Decided", "DaysToDecide")
                SELECT strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Account_Category", c."Complainant_ProvinceCode", COALESCE(c."Outcome", ''),
                    -1 * COUNT(*), -1 * COUNT(c."DecidedAt"), -1 * COALESCE(SUM((unixepoch(c."DecidedAt", 'subsec') - unixepoch(c."ReceivedAt", 'subsec')) / 86400.0), 0.0)
                FROM (SELECT OLD."ReceivedAt" AS "ReceivedAt", OLD."Account_Category" AS "Account_Category", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."Outcome" AS "Outcome", OLD."DecidedAt" AS "DecidedAt", OLD."AgencyId" AS "AgencyId") AS c GROUP BY 1, 2, 3, 4
                ON CONFLICT ("Month", "Category", "ProvinceCode", "Outcome") DO UPDATE SET
                    "Complaints" = "ReceivedComplaintCounts"."Complaints" + excluded."Complaints",
                    "Decided" = "ReceivedComplaintCounts"."Decided" + excluded."Decided",
                    "DaysToDecide" = "ReceivedComplaintCounts"."DaysToDecide" + excluded."DaysToDecide";
                INSERT INTO "AgencyReceivedComplaintCounts" ("AgencyId", "Month", "ProvinceCode", "Complaints")
                SELECT c."AgencyId", strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Complainant_ProvinceCode", -1 * COUNT(*)
                FROM (SELECT OLD."ReceivedAt" AS "ReceivedAt", OLD."Account_Category" AS "Account_Category", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."Outcome" AS "Outcome", OLD."DecidedAt" AS "DecidedAt", OLD."AgencyId" AS "AgencyId") AS c WHERE c."AgencyId" IS NOT NULL GROUP BY 1, 2, 3
                ON CONFLICT ("AgencyId", "Month", "ProvinceCode") DO UPDATE SET "Complaints" = "AgencyReceivedComplaintCounts"."Complaints" + excluded."Complaints";
                INSERT INTO "ComplaintDecisionTimes" ("Month", "ProvinceCode", "TenthsOfDays", "Complaints")
                SELECT strftime('%Y-%m', c."ReceivedAt", '+7 hours'), c."Complainant_ProvinceCode", CAST(round((unixepoch(c."DecidedAt", 'subsec') - unixepoch(c."ReceivedAt", 'subsec')) / 8640.0) AS integer), -1 * COUNT(*)
                FROM (SELECT OLD."ReceivedAt" AS "ReceivedAt", OLD."Account_Category" AS "Account_Category", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."Outcome" AS "Outcome", OLD."DecidedAt" AS "DecidedAt", OLD."AgencyId" AS "AgencyId") AS c WHERE c."DecidedAt" IS NOT NULL GROUP BY 1, 2, 3
                ON CONFLICT ("Month", "ProvinceCode", "TenthsOfDays") DO UPDATE SET "Complaints" = "ComplaintDecisionTimes"."Complaints" + excluded."Complaints";
                END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER complaints_count_open_inserted BEFORE INSERT ON "Complaints" BEGIN
                INSERT INTO "OpenComplaintCounts" ("ProvinceCode", "OfficerName", "DueMonth", "Complaints")
                SELECT c."Complainant_ProvinceCode", COALESCE(c."AssignedOfficerName", ''), strftime('%Y-%m', CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END, '+7 hours'), 1 * COUNT(*)
                FROM (SELECT NEW."Status" AS "Status", NEW."AcknowledgeBy" AS "AcknowledgeBy", NEW."ResolveBy" AS "ResolveBy", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."AssignedOfficerName" AS "AssignedOfficerName", NEW."AgencyId" AS "AgencyId") AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2, 3
                ON CONFLICT ("ProvinceCode", "OfficerName", "DueMonth") DO UPDATE SET "Complaints" = "OpenComplaintCounts"."Complaints" + excluded."Complaints";
                INSERT INTO "AgencyOpenComplaintCounts" ("AgencyId", "DueMonth", "Complaints")
                SELECT COALESCE(c."AgencyId", '00000000-0000-0000-0000-000000000000'), strftime('%Y-%m', CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END, '+7 hours'), 1 * COUNT(*)
                FROM (SELECT NEW."Status" AS "Status", NEW."AcknowledgeBy" AS "AcknowledgeBy", NEW."ResolveBy" AS "ResolveBy", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."AssignedOfficerName" AS "AssignedOfficerName", NEW."AgencyId" AS "AgencyId") AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2
                ON CONFLICT ("AgencyId", "DueMonth") DO UPDATE SET "Complaints" = "AgencyOpenComplaintCounts"."Complaints" + excluded."Complaints";
                END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER complaints_count_open_updated BEFORE UPDATE OF "Status", "AcknowledgeBy", "ResolveBy", "Complainant_ProvinceCode", "AssignedOfficerName", "AgencyId" ON "Complaints" BEGIN
                INSERT INTO "OpenComplaintCounts" ("ProvinceCode", "OfficerName", "DueMonth", "Complaints")
                SELECT c."Complainant_ProvinceCode", COALESCE(c."AssignedOfficerName", ''), strftime('%Y-%m', CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END, '+7 hours'), -1 * COUNT(*)
                FROM (SELECT OLD."Status" AS "Status", OLD."AcknowledgeBy" AS "AcknowledgeBy", OLD."ResolveBy" AS "ResolveBy", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."AssignedOfficerName" AS "AssignedOfficerName", OLD."AgencyId" AS "AgencyId") AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2, 3
                ON CONFLICT ("ProvinceCode", "OfficerName", "DueMonth") DO UPDATE SET "Complaints" = "OpenComplaintCounts"."Complaints" + excluded."Complaints";
                INSERT INTO "AgencyOpenComplaintCounts" ("AgencyId", "DueMonth", "Complaints")
                SELECT COALESCE(c."AgencyId", '00000000-0000-0000-0000-000000000000'), strftime('%Y-%m', CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END, '+7 hours'), -1 * COUNT(*)
                FROM (SELECT OLD."Status" AS "Status", OLD."AcknowledgeBy" AS "AcknowledgeBy", OLD."ResolveBy" AS "ResolveBy", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."AssignedOfficerName" AS "AssignedOfficerName", OLD."AgencyId" AS "AgencyId") AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2
                ON CONFLICT ("AgencyId", "DueMonth") DO UPDATE SET "Complaints" = "AgencyOpenComplaintCounts"."Complaints" + excluded."Complaints";
                INSERT INTO "OpenComplaintCounts" ("ProvinceCode", "OfficerName", "DueMonth", "Complaints")
                SELECT c."Complainant_ProvinceCode", COALESCE(c."AssignedOfficerName", ''), strftime('%Y-%m', CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END, '+7 hours'), 1 * COUNT(*)
                FROM (SELECT NEW."Status" AS "Status", NEW."AcknowledgeBy" AS "AcknowledgeBy", NEW."ResolveBy" AS "ResolveBy", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."AssignedOfficerName" AS "AssignedOfficerName", NEW."AgencyId" AS "AgencyId") AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2, 3
                ON CONFLICT ("ProvinceCode", "OfficerName", "DueMonth") DO UPDATE SET "Complaints" = "OpenComplaintCounts"."Complaints" + excluded."Complaints";
                INSERT INTO "AgencyOpenComplaintCounts" ("AgencyId", "DueMonth", "Complaints")
                SELECT COALESCE(c."AgencyId", '00000000-0000-0000-0000-000000000000'), strftime('%Y-%m', CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END, '+7 hours'), 1 * COUNT(*)
                FROM (SELECT NEW."Status" AS "Status", NEW."AcknowledgeBy" AS "AcknowledgeBy", NEW."ResolveBy" AS "ResolveBy", NEW."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", NEW."AssignedOfficerName" AS "AssignedOfficerName", NEW."AgencyId" AS "AgencyId") AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2
                ON CONFLICT ("AgencyId", "DueMonth") DO UPDATE SET "Complaints" = "AgencyOpenComplaintCounts"."Complaints" + excluded."Complaints";
                END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER complaints_count_open_deleted BEFORE DELETE ON "Complaints" BEGIN
                INSERT INTO "OpenComplaintCounts" ("ProvinceCode", "OfficerName", "DueMonth", "Complaints")
                SELECT c."Complainant_ProvinceCode", COALESCE(c."AssignedOfficerName", ''), strftime('%Y-%m', CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END, '+7 hours'), -1 * COUNT(*)
                FROM (SELECT OLD."Status" AS "Status", OLD."AcknowledgeBy" AS "AcknowledgeBy", OLD."ResolveBy" AS "ResolveBy", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."AssignedOfficerName" AS "AssignedOfficerName", OLD."AgencyId" AS "AgencyId") AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2, 3
                ON CONFLICT ("ProvinceCode", "OfficerName", "DueMonth") DO UPDATE SET "Complaints" = "OpenComplaintCounts"."Complaints" + excluded."Complaints";
                INSERT INTO "AgencyOpenComplaintCounts" ("AgencyId", "DueMonth", "Complaints")
                SELECT COALESCE(c."AgencyId", '00000000-0000-0000-0000-000000000000'), strftime('%Y-%m', CASE WHEN c."Status" = 'Received' THEN c."AcknowledgeBy" ELSE c."ResolveBy" END, '+7 hours'), -1 * COUNT(*)
                FROM (SELECT OLD."Status" AS "Status", OLD."AcknowledgeBy" AS "AcknowledgeBy", OLD."ResolveBy" AS "ResolveBy", OLD."Complainant_ProvinceCode" AS "Complainant_ProvinceCode", OLD."AssignedOfficerName" AS "AssignedOfficerName", OLD."AgencyId" AS "AgencyId") AS c WHERE c."Status" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation') GROUP BY 1, 2
                ON CONFLICT ("AgencyId", "DueMonth") DO UPDATE SET "Complaints" = "AgencyOpenComplaintCounts"."Complaints" + excluded."Complaints";
                END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER repatriationcases_count_inserted BEFORE INSERT ON "RepatriationCases" BEGIN
                INSERT INTO "WorkerMovementCounts" ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", "Deployments", "Returns", "Repatriations")
                SELECT "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", 1 * SUM("Deployments"), 1 * SUM("Returns"), 1 * SUM("Repatriations")
                FROM (SELECT strftime('%Y-%m', r."OpenedAt", '+7 hours') AS "Month", d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode" AS "ProvinceCode",
                    0 AS "Deployments", 0 AS "Returns", 1 AS "Repatriations"
                FROM (SELECT NEW."DeploymentId" AS "DeploymentId", NEW."OpenedAt" AS "OpenedAt") AS r JOIN "Deployments" AS d ON d."Id" = r."DeploymentId" JOIN "Workers" AS w ON w."Id" = d."WorkerId") AS c
                GROUP BY "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode"
                ON CONFLICT ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode") DO UPDATE SET
                    "Deployments" = "WorkerMovementCounts"."Deployments" + excluded."Deployments",
                    "Returns" = "WorkerMovementCounts"."Returns" + excluded."Returns",
                    "Repatriations" = "WorkerMovementCounts"."Repatriations" + excluded."Repatriations";
                END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER repatriationcases_count_deleted BEFORE DELETE ON "RepatriationCases" BEGIN
                INSERT INTO "WorkerMovementCounts" ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", "Deployments", "Returns", "Repatriations")
                SELECT "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode", -1 * SUM("Deployments"), -1 * SUM("Returns"), -1 * SUM("Repatriations")
                FROM (SELECT strftime('%Y-%m', r."OpenedAt", '+7 hours') AS "Month", d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode" AS "ProvinceCode",
                    0 AS "Deployments", 0 AS "Returns", 1 AS "Repatriations"
                FROM (SELECT OLD."DeploymentId" AS "DeploymentId", OLD."OpenedAt" AS "OpenedAt") AS r JOIN "Deployments" AS d ON d."Id" = r."DeploymentId" JOIN "Workers" AS w ON w."Id" = d."WorkerId") AS c
                GROUP BY "Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode"
                ON CONFLICT ("Month", "CountryCode", "SectorCode", "Sex", "ProvinceCode") DO UPDATE SET
                    "Deployments" = "WorkerMovementCounts"."Deployments" + excluded."Deployments",
                    "Returns" = "WorkerMovementCounts"."Returns" + excluded."Returns",
                    "Repatriations" = "WorkerMovementCounts"."Repatriations" + excluded."Repatriations";
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgencyDeploymentCounts");

            migrationBuilder.DropTable(
                name: "AgencyOpenComplaintCounts");

            migrationBuilder.DropTable(
                name: "AgencyReceivedComplaintCounts");

            migrationBuilder.DropTable(
                name: "Alerts");

            migrationBuilder.DropTable(
                name: "ApplicationDocuments");

            migrationBuilder.DropTable(
                name: "ApplicationEvents");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "Branches");

            migrationBuilder.DropTable(
                name: "ChecklistItems");

            migrationBuilder.DropTable(
                name: "ComplaintDecisionTimes");

            migrationBuilder.DropTable(
                name: "ComplaintEntries");

            migrationBuilder.DropTable(
                name: "ComplaintEvidence");

            migrationBuilder.DropTable(
                name: "ContractClauses");

            migrationBuilder.DropTable(
                name: "Countries");

            migrationBuilder.DropTable(
                name: "DepartureClearances");

            migrationBuilder.DropTable(
                name: "DeploymentFees");

            migrationBuilder.DropTable(
                name: "DeploymentRestrictions");

            migrationBuilder.DropTable(
                name: "DisappearanceRecipients");

            migrationBuilder.DropTable(
                name: "DisappearanceUpdates");

            migrationBuilder.DropTable(
                name: "DocumentRequirements");

            migrationBuilder.DropTable(
                name: "EvaluationPanelMembers");

            migrationBuilder.DropTable(
                name: "EvaluationScores");

            migrationBuilder.DropTable(
                name: "InboxItems");

            migrationBuilder.DropTable(
                name: "InspectionAnswers");

            migrationBuilder.DropTable(
                name: "InspectionEvents");

            migrationBuilder.DropTable(
                name: "InspectionFindings");

            migrationBuilder.DropTable(
                name: "InspectionPhotos");

            migrationBuilder.DropTable(
                name: "InspectionPlans");

            migrationBuilder.DropTable(
                name: "InspectionTeamMembers");

            migrationBuilder.DropTable(
                name: "InspectorConflicts");

            migrationBuilder.DropTable(
                name: "JobSchedules");

            migrationBuilder.DropTable(
                name: "LicenceStatusChanges");

            migrationBuilder.DropTable(
                name: "OnSiteServices");

            migrationBuilder.DropTable(
                name: "OpenComplaintCounts");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "Provinces");

            migrationBuilder.DropTable(
                name: "PublicHolidays");

            migrationBuilder.DropTable(
                name: "ReceivedComplaintCounts");

            migrationBuilder.DropTable(
                name: "RepatriationCases");

            migrationBuilder.DropTable(
                name: "Rewards");

            migrationBuilder.DropTable(
                name: "Sanctions");

            migrationBuilder.DropTable(
                name: "Sectors");

            migrationBuilder.DropTable(
                name: "Settings");

            migrationBuilder.DropTable(
                name: "TrainingCentres");

            migrationBuilder.DropTable(
                name: "WebhookEndpoints");

            migrationBuilder.DropTable(
                name: "WorkerMovementCounts");

            migrationBuilder.DropTable(
                name: "LicenceApplications");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "DisappearanceCases");

            migrationBuilder.DropTable(
                name: "Inspections");

            migrationBuilder.DropTable(
                name: "Licences");

            migrationBuilder.DropTable(
                name: "Evaluations");

            migrationBuilder.DropTable(
                name: "Deployments");

            migrationBuilder.DropTable(
                name: "JobOrders");

            migrationBuilder.DropTable(
                name: "Workers");

            migrationBuilder.DropTable(
                name: "Agencies");
        }
    }
}
