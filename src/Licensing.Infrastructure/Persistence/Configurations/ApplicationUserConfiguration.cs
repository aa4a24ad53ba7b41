using Licensing.Domain.Common;
using Licensing.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(200);
        builder.Property(u => u.ProvinceCode).HasMaxLength(8);
        builder.Property(u => u.CountryCode).HasMaxLength(2);
        builder.Property(u => u.Language).HasMaxLength(2).HasDefaultValue(Languages.Khmer);
        builder.Property(u => u.PanelSector).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(u => u.AgencyId);
    }
}
