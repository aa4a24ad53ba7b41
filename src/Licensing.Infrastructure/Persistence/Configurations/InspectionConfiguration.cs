using Licensing.Application.Inspections;
using Licensing.Domain.Agencies;
using Licensing.Domain.Inspections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Infrastructure.Persistence.Configurations;

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> builder)
    {
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(32);
        builder.ComplexProperty(i => i.Site, s =>
        {
            s.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            s.Property(x => x.Address).HasMaxLength(500);
            s.Property(x => x.ProvinceCode).HasMaxLength(8);
        });
        builder.HasIndex(i => i.AgencyId);
        builder.HasIndex(i => i.PlanId);
        builder.HasIndex(i => new { i.Status, i.ScheduledOn });
        // Lists sort by this date: computed and stored by the database so that an index serves the sort.
        builder.Property<DateOnly>(InspectionAccess.DateColumn).HasComputedColumnSql("COALESCE(\"ScheduledOn\", \"PlannedFor\")", stored: true);
        builder.HasIndex(InspectionAccess.DateColumn);
        builder.HasOne<Agency>().WithMany().HasForeignKey(i => i.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Team).WithOne().HasForeignKey(m => m.InspectionId);
        builder.HasMany(i => i.Answers).WithOne().HasForeignKey(a => a.InspectionId);
        builder.HasMany(i => i.Findings).WithOne().HasForeignKey(f => f.InspectionId);
        builder.HasMany(i => i.Events).WithOne().HasForeignKey(e => e.InspectionId);
        builder.HasMany(i => i.Photos).WithOne().HasForeignKey(p => p.InspectionId);
        foreach (var navigation in new[] { nameof(Inspection.Team), nameof(Inspection.Answers), nameof(Inspection.Findings), nameof(Inspection.Events), nameof(Inspection.Photos) })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }
    }
}

internal sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> builder)
    {
        builder.ToTable("InspectionTeamMembers");
        builder.Property(m => m.Name).HasMaxLength(256);
        builder.HasIndex(m => m.InspectorId);
    }
}

internal sealed class InspectionAnswerConfiguration : IEntityTypeConfiguration<InspectionAnswer>
{
    public void Configure(EntityTypeBuilder<InspectionAnswer> builder)
    {
        builder.ToTable("InspectionAnswers");
        builder.Property(a => a.ItemCode).HasMaxLength(64);
        builder.Property(a => a.Answer).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Note).HasMaxLength(2000);
        builder.Property(a => a.AnsweredBy).HasMaxLength(256);
        builder.HasIndex(a => new { a.InspectionId, a.ItemCode }).IsUnique();
    }
}

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.ToTable("InspectionFindings");
        builder.Ignore(f => f.FlaggedForSanction);
        builder.Property(f => f.ItemCode).HasMaxLength(64);
        builder.Property(f => f.Severity).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(f => f.Description).HasMaxLength(2000);
        builder.Property(f => f.CorrectiveAction).HasMaxLength(2000);
        builder.Property(f => f.EvidenceNote).HasMaxLength(2000);
        builder.ComplexProperty(f => f.Evidence, e => e.MapStoredDocument());
        builder.HasIndex(f => new { f.Status, f.DueOn });
    }
}

internal sealed class InspectionPhotoConfiguration : IEntityTypeConfiguration<InspectionPhoto>
{
    public void Configure(EntityTypeBuilder<InspectionPhoto> builder)
    {
        builder.ToTable("InspectionPhotos");
        builder.Property(p => p.ItemCode).HasMaxLength(64);
        builder.Property(p => p.UploadedBy).HasMaxLength(256);
        builder.ComplexProperty(p => p.File, f => f.MapStoredDocument());
    }
}

internal sealed class InspectionEventConfiguration : IEntityTypeConfiguration<InspectionEvent>
{
    public void Configure(EntityTypeBuilder<InspectionEvent> builder)
    {
        builder.ToTable("InspectionEvents");
        builder.Property(e => e.From).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.To).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.Property(e => e.ByName).HasMaxLength(256);
    }
}

internal sealed class InspectionPlanConfiguration : IEntityTypeConfiguration<InspectionPlan>
{
    public void Configure(EntityTypeBuilder<InspectionPlan> builder)
    {
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.CreatedBy).HasMaxLength(256);
        builder.HasIndex(p => p.Year).IsUnique();
    }
}

internal sealed class ChecklistItemConfiguration : IEntityTypeConfiguration<ChecklistItem>
{
    public void Configure(EntityTypeBuilder<ChecklistItem> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(64);
        builder.Property(i => i.LegalBasis).HasMaxLength(200);
        builder.ComplexProperty(i => i.Text, t => t.MapLocalizedText(500));
        builder.HasIndex(i => new { i.TemplateVersion, i.Code }).IsUnique();
    }
}

internal sealed class InspectorConflictConfiguration : IEntityTypeConfiguration<InspectorConflict>
{
    public void Configure(EntityTypeBuilder<InspectorConflict> builder)
    {
        builder.Property(c => c.Reason).HasMaxLength(1000);
        builder.HasIndex(c => new { c.InspectorId, c.AgencyId }).IsUnique();
    }
}
