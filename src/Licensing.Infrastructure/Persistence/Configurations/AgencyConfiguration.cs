using Licensing.Domain.Agencies;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Infrastructure.Persistence.Configurations;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.ComplexProperty(a => a.Name, n => n.MapLocalizedText(300));
        builder.Property(a => a.RegistrationNumber).HasMaxLength(50);
        builder.Property(a => a.TaxNumber).HasMaxLength(50);
        builder.ComplexProperty(a => a.HeadOffice, a => a.MapAddress());
        builder.Property(a => a.Phone).HasMaxLength(50);
        builder.Property(a => a.Email).HasMaxLength(256);
        builder.Property(a => a.Directors).HasMaxLength(1000);
        builder.HasIndex(a => a.RegistrationNumber).IsUnique();
        builder.HasMany(a => a.Branches).WithOne().HasForeignKey(b => b.AgencyId);
        builder.HasMany(a => a.TrainingCentres).WithOne().HasForeignKey(c => c.AgencyId);
        builder.Navigation(a => a.Branches).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.TrainingCentres).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class BranchConfiguration : IEntityTypeConfiguration<Branch>
{
    public void Configure(EntityTypeBuilder<Branch> builder)
    {
        builder.ToTable("Branches");
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.ComplexProperty(b => b.Address, a => a.MapAddress());
    }
}

internal sealed class TrainingCentreConfiguration : IEntityTypeConfiguration<TrainingCentre>
{
    public void Configure(EntityTypeBuilder<TrainingCentre> builder)
    {
        builder.ToTable("TrainingCentres");
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.ComplexProperty(c => c.Address, a => a.MapAddress());
    }
}
