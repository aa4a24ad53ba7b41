using Licensing.Domain.Agencies;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Infrastructure.Persistence.Configurations;

internal sealed class DeploymentConfiguration : IEntityTypeConfiguration<Deployment>
{
    public void Configure(EntityTypeBuilder<Deployment> builder)
    {
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.CountryCode).HasMaxLength(2);
        builder.Property(d => d.SectorCode).HasMaxLength(32);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Welfare).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.OpenSlot).HasMaxLength(64);
        builder.ComplexProperty(d => d.Medical, m => m.Property(x => x.Clinic).HasMaxLength(200));
        builder.ComplexProperty(d => d.Orientation, o =>
        {
            o.Property(x => x.Hours).HasPrecision(6, 1);
            o.Property(x => x.Topics).HasMaxLength(500);
        });
        builder.ComplexProperty(d => d.Contract, c => c.Property(x => x.Clauses).HasMaxLength(1000));
        builder.ComplexProperty(d => d.SignedContract, f =>
        {
            f.Property(x => x.StorageKey).HasMaxLength(200);
            f.Property(x => x.FileName).HasMaxLength(255);
            f.Property(x => x.ContentType).HasMaxLength(50);
            f.Property(x => x.Sha256).HasMaxLength(64);
        });
        builder.ComplexProperty(d => d.Travel, t => t.Property(x => x.VisaNumber).HasMaxLength(50));
        builder.ComplexProperty(d => d.Departure, t => t.Property(x => x.DeparturePoint).HasMaxLength(200));
        builder.ComplexProperty(d => d.Return, r =>
        {
            r.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(24);
            r.Property(x => x.ProvinceCode).HasMaxLength(8);
        });
        builder.HasIndex(d => d.OpenSlot).IsUnique();
        builder.HasIndex(d => d.WorkerId);
        builder.HasIndex(d => d.JobOrderId);
        builder.HasIndex(d => d.AgencyId);
        builder.HasIndex(d => d.CountryCode);
        builder.HasOne<Worker>().WithMany().HasForeignKey(d => d.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<JobOrder>().WithMany().HasForeignKey(d => d.JobOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Fees).WithOne().HasForeignKey(f => f.DeploymentId);
        builder.HasMany(d => d.OnSiteServices).WithOne().HasForeignKey(s => s.DeploymentId);
        builder.HasMany(d => d.Repatriations).WithOne().HasForeignKey(r => r.DeploymentId);
        builder.Navigation(d => d.Fees).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(d => d.OnSiteServices).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(d => d.Repatriations).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DeploymentFeeConfiguration : IEntityTypeConfiguration<DeploymentFee>
{
    public void Configure(EntityTypeBuilder<DeploymentFee> builder)
    {
        builder.ToTable("DeploymentFees");
        builder.Property(f => f.Description).HasMaxLength(300);
        builder.Property(f => f.AmountUsd).HasPrecision(18, 2);
        builder.Property(f => f.ReceiptNumber).HasMaxLength(100);
        builder.Property(f => f.RecordedBy).HasMaxLength(256);
    }
}

internal sealed class OnSiteServiceConfiguration : IEntityTypeConfiguration<OnSiteService>
{
    public void Configure(EntityTypeBuilder<OnSiteService> builder)
    {
        builder.ToTable("OnSiteServices");
        builder.Property(s => s.Channel).HasConversion<string>().HasMaxLength(24);
        builder.Property(s => s.Notes).HasMaxLength(2000);
        builder.Property(s => s.Problem).HasMaxLength(2000);
        builder.Property(s => s.Resolution).HasMaxLength(2000);
        builder.Property(s => s.RecordedBy).HasMaxLength(256);
    }
}

internal sealed class RepatriationCaseConfiguration : IEntityTypeConfiguration<RepatriationCase>
{
    public void Configure(EntityTypeBuilder<RepatriationCase> builder)
    {
        builder.ToTable("RepatriationCases");
        builder.Property(r => r.Reason).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.RequestedBy).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.PaidBy).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Notes).HasMaxLength(2000);
        builder.Property(r => r.OpenedBy).HasMaxLength(256);
    }
}

internal sealed class WorkerMovementCountConfiguration : IEntityTypeConfiguration<WorkerMovementCount>
{
    public void Configure(EntityTypeBuilder<WorkerMovementCount> builder)
    {
        builder.HasKey(c => new { c.Month, c.CountryCode, c.SectorCode, c.Sex, c.ProvinceCode });
        builder.Property(c => c.Month).HasMaxLength(7);
        builder.Property(c => c.CountryCode).HasMaxLength(2);
        builder.Property(c => c.SectorCode).HasMaxLength(32);
        builder.Property(c => c.Sex).HasConversion<string>().HasMaxLength(8);
        builder.Property(c => c.ProvinceCode).HasMaxLength(8);
    }
}

internal sealed class AgencyDeploymentCountConfiguration : IEntityTypeConfiguration<AgencyDeploymentCount>
{
    public void Configure(EntityTypeBuilder<AgencyDeploymentCount> builder) => builder.HasKey(c => c.AgencyId);
}
