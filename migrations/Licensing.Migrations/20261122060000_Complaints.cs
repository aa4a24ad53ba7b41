using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Migrations;

/// <summary>Complaints (Prakas 249): the complaint with its confidential complainant, its record of entries and its evidence files.</summary>
[DbContext(typeof(LicensingDbContext))]
[Migration("20261122060000_Complaints")]
public sealed class Complaints : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        CreateComplaints(migrationBuilder);
        CreateEntriesAndEvidence(migrationBuilder);
    }

    private static void CreateComplaints(MigrationBuilder m)
    {
        m.CreateTable("Complaints", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            TrackingCode = t.Column<string>(maxLength: 16, nullable: false),
            PinHash = t.Column<string>(maxLength: 128, nullable: false),
            FailedPinAttempts = t.Column<int>(nullable: false),
            PinLockedUntil = t.Column<DateTimeOffset>(nullable: true),
            AgencyId = t.Column<Guid>(nullable: true),
            UnlicensedRecruiter = t.Column<string>(maxLength: 300, nullable: true),
            IdentitySharedWithAgency = t.Column<bool>(nullable: false),
            Desk = t.Column<string>(maxLength: 16, nullable: false),
            FiledByUserId = t.Column<Guid>(nullable: true),
            AssignedOfficerId = t.Column<Guid>(nullable: true),
            AssignedOfficerName = t.Column<string>(maxLength: 256, nullable: true),
            Status = t.Column<string>(maxLength: 24, nullable: false),
            ReceivedAt = t.Column<DateTimeOffset>(nullable: false),
            AcknowledgeBy = t.Column<DateTimeOffset>(nullable: false),
            AcknowledgedAt = t.Column<DateTimeOffset>(nullable: true),
            ResolveBy = t.Column<DateTimeOffset>(nullable: false),
            AgencyAnswerBy = t.Column<DateTimeOffset>(nullable: true),
            AgencyAnsweredAt = t.Column<DateTimeOffset>(nullable: true),
            DecidedAt = t.Column<DateTimeOffset>(nullable: true),
            ClosedAt = t.Column<DateTimeOffset>(nullable: true),
            DecisionReason = t.Column<string>(maxLength: 2000, nullable: true),
            Outcome = t.Column<string>(maxLength: 24, nullable: true),
            ReferredTo = t.Column<string>(maxLength: 16, nullable: true),
            SettlementHonoured = t.Column<bool>(nullable: true),
            EscalationLevel = t.Column<int>(nullable: false),
            Complainant_FiledAs = t.Column<string>(maxLength: 24, nullable: false),
            Complainant_FilerName = t.Column<string>(maxLength: 200, nullable: true),
            Complainant_FilerOrganisation = t.Column<string>(maxLength: 200, nullable: true),
            Complainant_WorkerName = t.Column<string>(maxLength: 200, nullable: false),
            Complainant_Phone = t.Column<string>(maxLength: 50, nullable: true),
            Complainant_Email = t.Column<string>(maxLength: 256, nullable: true),
            Complainant_PassportNumber = t.Column<string>(maxLength: 32, nullable: true),
            Complainant_ProvinceCode = t.Column<string>(maxLength: 8, nullable: false),
            Complainant_PreferredContact = t.Column<string>(maxLength: 16, nullable: true),
            Account_Category = t.Column<string>(maxLength: 24, nullable: false),
            Account_WhatHappened = t.Column<string>(maxLength: 4000, nullable: false),
            Account_Where = t.Column<string>(maxLength: 300, nullable: true),
            Account_When = t.Column<string>(maxLength: 100, nullable: true),
            Account_WhatTheyWant = t.Column<string>(maxLength: 1000, nullable: true),
            Settlement_RefundUsd = t.Column<decimal>(precision: 18, scale: 2, nullable: true),
            Settlement_DocumentsReturned = t.Column<bool>(nullable: true),
            Settlement_Repatriation = t.Column<bool>(nullable: true),
            Settlement_Terms = t.Column<string>(maxLength: 2000, nullable: true),
            SanctionProposal_Reason = t.Column<string>(maxLength: 2000, nullable: true),
            SanctionProposal_SuggestedPenalty = t.Column<string>(maxLength: 500, nullable: true),
            SanctionProposal_ProposedBy = t.Column<string>(maxLength: 256, nullable: true),
            SanctionProposal_ProposedAt = t.Column<DateTimeOffset>(nullable: true),
            Version = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Complaints", x => x.Id);
            t.ForeignKey("FK_Complaints_Agencies_AgencyId", x => x.AgencyId, "Agencies", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Complaints_AgencyId", "Complaints", "AgencyId");
        m.CreateIndex("IX_Complaints_Status", "Complaints", "Status");
        m.CreateIndex("IX_Complaints_TrackingCode", "Complaints", "TrackingCode", unique: true);
    }

    private static void CreateEntriesAndEvidence(MigrationBuilder m)
    {
        m.CreateTable("ComplaintEntries", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ComplaintId = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(maxLength: 24, nullable: false),
            Text = t.Column<string>(maxLength: 4000, nullable: false),
            Status = t.Column<string>(maxLength: 24, nullable: false),
            At = t.Column<DateTimeOffset>(nullable: false),
            ByName = t.Column<string>(maxLength: 256, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ComplaintEntries", x => x.Id);
            t.ForeignKey("FK_ComplaintEntries_Complaints_ComplaintId", x => x.ComplaintId, "Complaints", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_ComplaintEntries_ComplaintId", "ComplaintEntries", "ComplaintId");

        m.CreateTable("ComplaintEvidence", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ComplaintId = t.Column<Guid>(nullable: false),
            AddedAt = t.Column<DateTimeOffset>(nullable: false),
            AddedBy = t.Column<string>(maxLength: 256, nullable: false),
            File_StorageKey = t.Column<string>(maxLength: 200, nullable: false),
            File_FileName = t.Column<string>(maxLength: 255, nullable: false),
            File_ContentType = t.Column<string>(maxLength: 50, nullable: false),
            File_SizeBytes = t.Column<long>(nullable: false),
            File_Sha256 = t.Column<string>(maxLength: 64, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ComplaintEvidence", x => x.Id);
            t.ForeignKey("FK_ComplaintEvidence_Complaints_ComplaintId", x => x.ComplaintId, "Complaints", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_ComplaintEvidence_ComplaintId", "ComplaintEvidence", "ComplaintId");
    }
}
