using Licensing.Domain.Agencies;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Infrastructure.Persistence.Configurations;

internal sealed class DisappearanceCaseConfiguration : IEntityTypeConfiguration<DisappearanceCase>
{
    public void Configure(EntityTypeBuilder<DisappearanceCase> builder)
    {
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.RecipientBodies);
        builder.Property(c => c.Number).HasMaxLength(24);
        builder.Property(c => c.CountryCode).HasMaxLength(2);
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.AgencyPosition).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Resolution).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.ReportedByName).HasMaxLength(256);
        builder.Property(c => c.VerifiedByName).HasMaxLength(256);
        builder.Property(c => c.ClosedByName).HasMaxLength(256);
        builder.Property(c => c.ResolutionNote).HasMaxLength(4000);
        builder.Property(c => c.OpenSlot).HasMaxLength(64);
        builder.Property(c => c.IdempotencyKey).HasMaxLength(200);
        builder.ComplexProperty(c => c.Facts, f =>
        {
            f.Property(x => x.LastKnownLocation).HasMaxLength(500);
            f.Property(x => x.Circumstances).HasMaxLength(4000);
            f.Property(x => x.OthersInformed).HasMaxLength(1000);
        });
        builder.ComplexProperty(c => c.Family, f =>
        {
            f.Property(x => x.Name).HasMaxLength(200);
            f.Property(x => x.Phone).HasMaxLength(30);
            f.Property(x => x.Relationship).HasMaxLength(100);
            f.Property(x => x.Language).HasMaxLength(2);
        });
        builder.ComplexProperty(c => c.Person, p =>
        {
            p.Property(x => x.Name).HasMaxLength(200);
            p.Property(x => x.DocumentNumber).HasMaxLength(30);
            p.Property(x => x.Phone).HasMaxLength(30);
            p.Property(x => x.AgencyName).HasMaxLength(300);
        });
        builder.Ignore(c => c.IsUnregistered);
        builder.Property(c => c.PinHash).HasMaxLength(100);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => c.OpenSlot).IsUnique();
        builder.HasIndex(c => c.IdempotencyKey).IsUnique();
        builder.HasIndex(c => c.WorkerId);
        builder.HasIndex(c => c.AgencyId);
        builder.HasIndex(c => new { c.CountryCode, c.ReportedAt });
        builder.HasIndex(c => new { c.Status, c.LastAgencyUpdateAt });
        builder.HasOne<Worker>().WithMany().HasForeignKey(c => c.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Deployment>().WithMany().HasForeignKey(c => c.DeploymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Recipients).WithOne().HasForeignKey(r => r.CaseId);
        builder.HasMany(c => c.Updates).WithOne().HasForeignKey(u => u.CaseId);
        builder.Navigation(c => c.Recipients).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Updates).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CaseRecipientConfiguration : IEntityTypeConfiguration<CaseRecipient>
{
    public void Configure(EntityTypeBuilder<CaseRecipient> builder)
    {
        builder.ToTable("DisappearanceRecipients");
        builder.Ignore(r => r.IsAcknowledged);
        builder.Ignore(r => r.TimeToAcknowledge);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.BodyKey).HasMaxLength(32);
        builder.Property(r => r.AcknowledgedByName).HasMaxLength(256);
        builder.HasIndex(r => new { r.CaseId, r.BodyKey }).IsUnique();
        builder.HasIndex(r => new { r.AcknowledgedAt, r.EscalatedAt, r.NotifiedAt }).HasDatabaseName("IX_DisappearanceRecipients_Unacknowledged");
    }
}

internal sealed class CaseUpdateConfiguration : IEntityTypeConfiguration<CaseUpdate>
{
    public void Configure(EntityTypeBuilder<CaseUpdate> builder)
    {
        builder.ToTable("DisappearanceUpdates");
        builder.Property(u => u.Party).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(u => u.Text).HasMaxLength(4000);
        builder.Property(u => u.AuthorName).HasMaxLength(256);
    }
}

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.HasKey(a => a.Sequence);
        builder.Property(a => a.Sequence).ValueGeneratedOnAdd();
        builder.Property(a => a.BodyKey).HasMaxLength(32);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(a => a.CaseNumber).HasMaxLength(24);
        builder.ComplexProperty(a => a.Title, t => t.MapLocalizedText(400));
        builder.HasIndex(a => new { a.BodyKey, a.Sequence });
        builder.HasIndex(a => a.CaseId);
    }
}

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.HasKey(w => w.BodyKey);
        builder.Property(w => w.BodyKey).HasMaxLength(32);
        builder.Property(w => w.Url).HasMaxLength(500);
        builder.Property(w => w.Secret).HasMaxLength(200);
    }
}
