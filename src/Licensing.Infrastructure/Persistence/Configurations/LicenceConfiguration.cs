using Licensing.Domain.Agencies;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Infrastructure.Persistence.Configurations;

internal sealed class LicenceConfiguration : IEntityTypeConfiguration<Licence>
{
    public void Configure(EntityTypeBuilder<Licence> builder)
    {
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.Property(l => l.Number).HasMaxLength(20);
        builder.Property(l => l.RegistrationNumber).HasMaxLength(50);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.StatusReason).HasMaxLength(1000);
        builder.HasIndex(l => l.Number).IsUnique();
        builder.HasIndex(l => l.AgencyId);
        // R31: one held (active or suspended) licence per company.
        builder.HasIndex(l => l.AgencyId, "IX_Licences_AgencyId_Held").IsUnique().HasFilter(StatusFilter.In(OneLicencePerCompany.HoldingStatuses));
        builder.HasIndex(l => new { l.Status, l.ExpiresOn });
        builder.HasOne<Agency>().WithMany().HasForeignKey(l => l.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(l => l.History).WithOne().HasForeignKey(c => c.LicenceId);
        builder.Navigation(l => l.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class LicenceStatusChangeConfiguration : IEntityTypeConfiguration<LicenceStatusChange>
{
    public void Configure(EntityTypeBuilder<LicenceStatusChange> builder)
    {
        builder.ToTable("LicenceStatusChanges");
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Reason).HasMaxLength(1000);
        builder.Property(c => c.ByName).HasMaxLength(256);
    }
}
