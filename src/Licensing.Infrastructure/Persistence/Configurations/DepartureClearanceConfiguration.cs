using Licensing.Domain.Agencies;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Infrastructure.Persistence.Configurations;

internal sealed class DepartureClearanceConfiguration : IEntityTypeConfiguration<DepartureClearance>
{
    public void Configure(EntityTypeBuilder<DepartureClearance> builder)
    {
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Number).HasMaxLength(20);
        builder.Property(c => c.CountryCode).HasMaxLength(2);
        builder.Property(c => c.IssuedBy).HasMaxLength(256);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.OpenSlot).HasMaxLength(64);
        builder.Property(c => c.VoidReason).HasMaxLength(1000);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => c.OpenSlot).IsUnique();
        builder.HasIndex(c => c.DeploymentId);
        builder.HasIndex(c => c.WorkerId);
        builder.HasIndex(c => new { c.AgencyId, c.Status });
        builder.HasIndex(c => new { c.Status, c.ValidUntil });
        builder.HasOne<Deployment>().WithMany().HasForeignKey(c => c.DeploymentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Worker>().WithMany().HasForeignKey(c => c.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
