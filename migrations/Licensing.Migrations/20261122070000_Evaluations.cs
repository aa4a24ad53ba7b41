using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Migrations;

/// <summary>Prakas 251: evaluations with their panel and scores, sanctions with their appeal, and rewards.</summary>
[DbContext(typeof(LicensingDbContext))]
[Migration("20261122070000_Evaluations")]
public sealed class Evaluations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        CreateEvaluations(migrationBuilder);
        CreateSanctions(migrationBuilder);
        CreateRewards(migrationBuilder);
    }

    private static void CreateEvaluations(MigrationBuilder m)
    {
        m.CreateTable("Evaluations", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AgencyId = t.Column<Guid>(nullable: false),
            PeriodFrom = t.Column<DateOnly>(nullable: false),
            PeriodTo = t.Column<DateOnly>(nullable: false),
            OpenedAt = t.Column<DateTimeOffset>(nullable: false),
            Status = t.Column<string>(maxLength: 16, nullable: false),
            OverallScore = t.Column<decimal>(precision: 4, scale: 2, nullable: true),
            Band = t.Column<string>(maxLength: 16, nullable: true),
            ScoredAt = t.Column<DateTimeOffset>(nullable: true),
            Outcome = t.Column<string>(maxLength: 16, nullable: true),
            DecisionReason = t.Column<string>(maxLength: 2000, nullable: true),
            DecidedAt = t.Column<DateTimeOffset>(nullable: true),
            DecidedBy = t.Column<string>(maxLength: 256, nullable: true),
            Version = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Evaluations", x => x.Id);
            t.ForeignKey("FK_Evaluations_Agencies_AgencyId", x => x.AgencyId, "Agencies", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Evaluations_AgencyId_Status", "Evaluations", ["AgencyId", "Status"]);

        m.CreateTable("EvaluationPanelMembers", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            EvaluationId = t.Column<Guid>(nullable: false),
            UserId = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(maxLength: 256, nullable: false),
            Sector = t.Column<string>(maxLength: 24, nullable: false),
            AgencyId = t.Column<Guid>(nullable: true),
            ConflictReason = t.Column<string>(maxLength: 1000, nullable: true),
            SubmittedAt = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_EvaluationPanelMembers", x => x.Id);
            t.ForeignKey("FK_EvaluationPanelMembers_Evaluations_EvaluationId", x => x.EvaluationId, "Evaluations", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_EvaluationPanelMembers_EvaluationId_UserId", "EvaluationPanelMembers", ["EvaluationId", "UserId"], unique: true);
        m.CreateIndex("IX_EvaluationPanelMembers_UserId", "EvaluationPanelMembers", "UserId");

        m.CreateTable("EvaluationScores", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            EvaluationId = t.Column<Guid>(nullable: false),
            UserId = t.Column<Guid>(nullable: false),
            Criterion = t.Column<string>(maxLength: 32, nullable: false),
            Score = t.Column<int>(nullable: false),
            Justification = t.Column<string>(maxLength: 2000, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_EvaluationScores", x => x.Id);
            t.ForeignKey("FK_EvaluationScores_Evaluations_EvaluationId", x => x.EvaluationId, "Evaluations", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_EvaluationScores_EvaluationId_UserId_Criterion", "EvaluationScores", ["EvaluationId", "UserId", "Criterion"], unique: true);
    }

    private static void CreateSanctions(MigrationBuilder m)
    {
        m.CreateTable("Sanctions", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AgencyId = t.Column<Guid>(nullable: false),
            Source = t.Column<string>(maxLength: 24, nullable: false),
            SourceId = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(maxLength: 24, nullable: false),
            FineAmountUsd = t.Column<decimal>(precision: 18, scale: 2, nullable: true),
            SuspensionMonths = t.Column<int>(nullable: true),
            LegalBasis = t.Column<string>(maxLength: 500, nullable: false),
            Reason = t.Column<string>(maxLength: 2000, nullable: false),
            DecidedOn = t.Column<DateOnly>(nullable: false),
            EffectiveFrom = t.Column<DateOnly>(nullable: false),
            EffectiveUntil = t.Column<DateOnly>(nullable: true),
            AppealDeadline = t.Column<DateOnly>(nullable: false),
            DecidedBy = t.Column<string>(maxLength: 256, nullable: false),
            Status = t.Column<string>(maxLength: 16, nullable: false),
            AppliedAt = t.Column<DateTimeOffset>(nullable: true),
            AppliedNote = t.Column<string>(maxLength: 1000, nullable: true),
            AppealLodgedAt = t.Column<DateTimeOffset>(nullable: true),
            AppealGrounds = t.Column<string>(maxLength: 4000, nullable: true),
            AppealOutcome = t.Column<string>(maxLength: 16, nullable: true),
            AppealDecisionReason = t.Column<string>(maxLength: 2000, nullable: true),
            AppealDecidedAt = t.Column<DateTimeOffset>(nullable: true),
            Version = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Sanctions", x => x.Id);
            t.ForeignKey("FK_Sanctions_Agencies_AgencyId", x => x.AgencyId, "Agencies", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Sanctions_AgencyId", "Sanctions", "AgencyId");
        m.CreateIndex("IX_Sanctions_Status_EffectiveFrom", "Sanctions", ["Status", "EffectiveFrom"]);
        m.CreateIndex("IX_Sanctions_Source_SourceId", "Sanctions", ["Source", "SourceId"]);
    }

    private static void CreateRewards(MigrationBuilder m)
    {
        m.CreateTable("Rewards", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AgencyId = t.Column<Guid>(nullable: false),
            EvaluationId = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(maxLength: 24, nullable: false),
            Reason = t.Column<string>(maxLength: 2000, nullable: false),
            AwardedAt = t.Column<DateTimeOffset>(nullable: false),
            AwardedBy = t.Column<string>(maxLength: 256, nullable: false),
            Version = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Rewards", x => x.Id);
            t.ForeignKey("FK_Rewards_Agencies_AgencyId", x => x.AgencyId, "Agencies", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Rewards_Evaluations_EvaluationId", x => x.EvaluationId, "Evaluations", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Rewards_AgencyId_Kind", "Rewards", ["AgencyId", "Kind"]);
        m.CreateIndex("IX_Rewards_EvaluationId", "Rewards", "EvaluationId");
    }
}
