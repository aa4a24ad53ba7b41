using Licensing.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Infrastructure.Persistence.Configurations;

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(2);
        builder.ComplexProperty(c => c.Name, n => n.MapLocalizedText(200));
        builder.ComplexProperty(c => c.Embassy, n => n.MapLocalizedText(300));
        builder.Property(c => c.EmbassyDutyEmail).HasMaxLength(256);
    }
}

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> builder)
    {
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(8);
        builder.ComplexProperty(p => p.Name, n => n.MapLocalizedText(100));
    }
}

internal sealed class SectorConfiguration : IEntityTypeConfiguration<Sector>
{
    public void Configure(EntityTypeBuilder<Sector> builder)
    {
        builder.HasKey(s => s.Code);
        builder.Property(s => s.Code).HasMaxLength(32);
        builder.ComplexProperty(s => s.Name, n => n.MapLocalizedText(100));
    }
}

internal sealed class DeploymentRestrictionConfiguration : IEntityTypeConfiguration<DeploymentRestriction>
{
    public void Configure(EntityTypeBuilder<DeploymentRestriction> builder)
    {
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.CountryCode).HasMaxLength(2);
        builder.Property(r => r.SectorCode).HasMaxLength(32);
        builder.ComplexProperty(r => r.LegalBasis, n => n.MapLocalizedText(500));
        builder.HasIndex(r => new { r.CountryCode, r.SectorCode }).IsUnique().HasFilter("\"EndedOn\" IS NULL");
    }
}
