using Licensing.Domain.Agencies;
using Licensing.Domain.Evaluations;
using Licensing.Domain.Sanctions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Infrastructure.Persistence.Configurations;

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> builder)
    {
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Band).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.OverallScore).HasPrecision(4, 2);
        builder.Property(e => e.DecisionReason).HasMaxLength(2000);
        builder.Property(e => e.DecidedBy).HasMaxLength(256);
        builder.Ignore(e => e.Suggestion);
        builder.Ignore(e => e.PanelComplete);
        builder.HasIndex(e => new { e.AgencyId, e.Status });
        builder.HasIndex(e => e.AgencyId, "IX_Evaluations_OneOpenPerAgency").IsUnique().HasFilter(StatusFilter.Outside(Evaluation.OpenStatuses));
        builder.HasOne<Agency>().WithMany().HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Panel).WithOne().HasForeignKey(m => m.EvaluationId);
        builder.HasMany(e => e.Scores).WithOne().HasForeignKey(s => s.EvaluationId);
        builder.Navigation(e => e.Panel).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(e => e.Scores).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PanelMemberConfiguration : IEntityTypeConfiguration<PanelMember>
{
    public void Configure(EntityTypeBuilder<PanelMember> builder)
    {
        builder.ToTable("EvaluationPanelMembers");
        builder.Property(m => m.Name).HasMaxLength(256);
        builder.Property(m => m.Sector).HasConversion<string>().HasMaxLength(24);
        builder.Property(m => m.ConflictReason).HasMaxLength(1000);
        builder.Ignore(m => m.Excluded);
        builder.Ignore(m => m.Sitting);
        builder.HasIndex(m => new { m.EvaluationId, m.UserId }).IsUnique();
        builder.HasIndex(m => m.UserId);
    }
}

internal sealed class PanelScoreConfiguration : IEntityTypeConfiguration<PanelScore>
{
    public void Configure(EntityTypeBuilder<PanelScore> builder)
    {
        builder.ToTable("EvaluationScores");
        builder.Property(s => s.Criterion).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Justification).HasMaxLength(2000);
        builder.HasIndex(s => new { s.EvaluationId, s.UserId, s.Criterion }).IsUnique();
    }
}

internal sealed class SanctionConfiguration : IEntityTypeConfiguration<Sanction>
{
    public void Configure(EntityTypeBuilder<Sanction> builder)
    {
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.Source).HasConversion<string>().HasMaxLength(24);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.AppealOutcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.FineAmountUsd).HasPrecision(18, 2);
        builder.Property(s => s.LegalBasis).HasMaxLength(500);
        builder.Property(s => s.Reason).HasMaxLength(2000);
        builder.Property(s => s.DecidedBy).HasMaxLength(256);
        builder.Property(s => s.AppliedNote).HasMaxLength(1000);
        builder.Property(s => s.AppealGrounds).HasMaxLength(4000);
        builder.Property(s => s.AppealDecisionReason).HasMaxLength(2000);
        builder.Ignore(s => s.ChangesLicence);
        builder.HasIndex(s => s.AgencyId);
        builder.HasIndex(s => new { s.Status, s.EffectiveFrom });
        builder.HasIndex(s => new { s.Source, s.SourceId });
        builder.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RewardConfiguration : IEntityTypeConfiguration<Reward>
{
    public void Configure(EntityTypeBuilder<Reward> builder)
    {
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.Reason).HasMaxLength(2000);
        builder.Property(r => r.AwardedBy).HasMaxLength(256);
        builder.HasIndex(r => new { r.AgencyId, r.Kind });
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Evaluation>().WithMany().HasForeignKey(r => r.EvaluationId).OnDelete(DeleteBehavior.Restrict);
    }
}
