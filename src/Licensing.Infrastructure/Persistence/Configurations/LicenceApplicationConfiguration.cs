using Licensing.Domain.Agencies;
using Licensing.Domain.Applications;
using Licensing.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Infrastructure.Persistence.Configurations;

internal sealed class LicenceApplicationConfiguration : IEntityTypeConfiguration<LicenceApplication>
{
    public void Configure(EntityTypeBuilder<LicenceApplication> builder)
    {
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(a => a.OpenSlot).HasMaxLength(64);
        builder.HasIndex(a => a.OpenSlot).IsUnique();
        builder.HasIndex(a => new { a.Status, a.SubmittedAt });
        builder.HasIndex(a => a.AgencyId);
        builder.HasIndex(a => a.LicenceId);
        builder.ComplexProperty(a => a.Details, d =>
        {
            d.Property(x => x.ContactPerson).HasMaxLength(200);
            d.Property(x => x.ContactPhone).HasMaxLength(50);
            d.Property(x => x.DestinationCountries).HasMaxLength(100);
            d.Property(x => x.FinancialGuaranteeUsd).HasPrecision(18, 2);
            d.Property(x => x.Statement).HasMaxLength(4000);
        });
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Documents).WithOne().HasForeignKey(d => d.ApplicationId);
        builder.HasMany(a => a.Events).WithOne().HasForeignKey(e => e.ApplicationId);
        builder.Navigation(a => a.Documents).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ApplicationDocumentConfiguration : IEntityTypeConfiguration<ApplicationDocument>
{
    public void Configure(EntityTypeBuilder<ApplicationDocument> builder)
    {
        builder.ToTable("ApplicationDocuments");
        builder.Property(d => d.RequirementCode).HasMaxLength(50);
        builder.Property(d => d.UploadedBy).HasMaxLength(256);
        builder.ComplexProperty(d => d.File, f => f.MapStoredDocument());
    }
}

internal sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> builder)
    {
        builder.ToTable("ApplicationEvents");
        builder.Property(e => e.From).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.To).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.Message).HasMaxLength(4000);
        builder.Property(e => e.ByName).HasMaxLength(256);
    }
}

internal sealed class DocumentRequirementConfiguration : IEntityTypeConfiguration<DocumentRequirement>
{
    public void Configure(EntityTypeBuilder<DocumentRequirement> builder)
    {
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Code).HasMaxLength(50);
        builder.ComplexProperty(r => r.Name, n => n.MapLocalizedText(200));
        builder.HasIndex(r => r.Code).IsUnique();
    }
}
