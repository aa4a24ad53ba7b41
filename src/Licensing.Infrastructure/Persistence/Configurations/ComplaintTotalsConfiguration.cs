using Licensing.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Infrastructure.Persistence.Configurations;

internal sealed class OpenComplaintCountConfiguration : IEntityTypeConfiguration<OpenComplaintCount>
{
    public void Configure(EntityTypeBuilder<OpenComplaintCount> builder)
    {
        builder.HasKey(c => new { c.ProvinceCode, c.OfficerName, c.DueMonth });
        builder.Property(c => c.ProvinceCode).HasMaxLength(8);
        builder.Property(c => c.OfficerName).HasMaxLength(256);
        builder.Property(c => c.DueMonth).HasMaxLength(7);
    }
}

internal sealed class AgencyOpenComplaintCountConfiguration : IEntityTypeConfiguration<AgencyOpenComplaintCount>
{
    public void Configure(EntityTypeBuilder<AgencyOpenComplaintCount> builder)
    {
        builder.HasKey(c => new { c.AgencyId, c.DueMonth });
        builder.Property(c => c.DueMonth).HasMaxLength(7);
    }
}

internal sealed class ReceivedComplaintCountConfiguration : IEntityTypeConfiguration<ReceivedComplaintCount>
{
    public void Configure(EntityTypeBuilder<ReceivedComplaintCount> builder)
    {
        builder.HasKey(c => new { c.Month, c.Category, c.ProvinceCode, c.Outcome });
        builder.Property(c => c.Month).HasMaxLength(7);
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.ProvinceCode).HasMaxLength(8);
        builder.Property(c => c.Outcome).HasMaxLength(24);
    }
}

internal sealed class AgencyReceivedComplaintCountConfiguration : IEntityTypeConfiguration<AgencyReceivedComplaintCount>
{
    public void Configure(EntityTypeBuilder<AgencyReceivedComplaintCount> builder)
    {
        builder.HasKey(c => new { c.AgencyId, c.Month, c.ProvinceCode });
        builder.Property(c => c.Month).HasMaxLength(7);
        builder.Property(c => c.ProvinceCode).HasMaxLength(8);
    }
}

internal sealed class ComplaintDecisionTimeConfiguration : IEntityTypeConfiguration<ComplaintDecisionTime>
{
    public void Configure(EntityTypeBuilder<ComplaintDecisionTime> builder)
    {
        builder.HasKey(c => new { c.Month, c.ProvinceCode, c.TenthsOfDays });
        builder.Property(c => c.Month).HasMaxLength(7);
        builder.Property(c => c.ProvinceCode).HasMaxLength(8);
    }
}
