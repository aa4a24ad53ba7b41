using Licensing.Application.Workers;
using Licensing.Domain.Agencies;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Infrastructure.Persistence.Configurations;

internal sealed class WorkerConfiguration : IEntityTypeConfiguration<Worker>
{
    public void Configure(EntityTypeBuilder<Worker> builder)
    {
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.Property(w => w.NameKm).HasMaxLength(200);
        builder.Property(w => w.NameLatin).HasMaxLength(200);
        builder.Property(w => w.Sex).HasConversion<string>().HasMaxLength(8);
        builder.Property(w => w.NationalId).HasMaxLength(32);
        builder.Property(w => w.PassportNumber).HasMaxLength(32);
        builder.Property(w => w.Phone).HasMaxLength(50);
        builder.ComplexProperty(w => w.Home, h =>
        {
            h.Property(x => x.ProvinceCode).HasMaxLength(8);
            h.Property(x => x.District).HasMaxLength(100);
            h.Property(x => x.Commune).HasMaxLength(100);
            h.Property(x => x.Village).HasMaxLength(100);
        });
        builder.ComplexProperty(w => w.EmergencyContact, c =>
        {
            c.Property(x => x.Name).HasMaxLength(200);
            c.Property(x => x.Phone).HasMaxLength(50);
        });
        builder.HasIndex(w => w.NationalId).IsUnique();
        builder.HasIndex(w => w.PassportNumber).IsUnique();
        builder.HasIndex(w => w.AgencyId);
        builder.HasOne<Agency>().WithMany().HasForeignKey(w => w.AgencyId).OnDelete(DeleteBehavior.Restrict);
        ConfigureLatestDeployment(builder);
    }

    /// <summary>Written only by the database's triggers on "Deployments" (ADR-016); indexed in the register's order.</summary>
    private static void ConfigureLatestDeployment(EntityTypeBuilder<Worker> builder)
    {
        builder.Property<DeploymentStatus?>(LatestDeployment.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property<string?>(LatestDeployment.CountryCode).HasMaxLength(2);
        builder.HasIndex(nameof(Worker.RegisteredAt), nameof(Worker.NameLatin))
            .IsDescending(true, false).HasDatabaseName("IX_Workers_Newest");
        builder.HasIndex(LatestDeployment.Status, nameof(Worker.RegisteredAt), nameof(Worker.NameLatin))
            .IsDescending(false, true, false).HasDatabaseName("IX_Workers_LatestStatus");
        builder.HasIndex(LatestDeployment.CountryCode, LatestDeployment.Status, nameof(Worker.RegisteredAt), nameof(Worker.NameLatin))
            .IsDescending(false, false, true, false).HasDatabaseName("IX_Workers_LatestCountry");
    }
}

internal sealed class JobOrderConfiguration : IEntityTypeConfiguration<JobOrder>
{
    public void Configure(EntityTypeBuilder<JobOrder> builder)
    {
        builder.Property(j => j.Version).IsConcurrencyToken();
        builder.ComplexProperty(j => j.Offer, o =>
        {
            o.Property(x => x.CountryCode).HasMaxLength(2);
            o.Property(x => x.EmployerName).HasMaxLength(300);
            o.Property(x => x.EmployerAddress).HasMaxLength(500);
            o.Property(x => x.SectorCode).HasMaxLength(32);
            o.Property(x => x.Occupation).HasMaxLength(200);
            o.Property(x => x.MonthlyWage).HasPrecision(18, 2);
            o.Property(x => x.Currency).HasMaxLength(3);
        });
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.CreatedBy).HasMaxLength(256);
        builder.Property(j => j.DecidedBy).HasMaxLength(256);
        builder.Property(j => j.DecisionNote).HasMaxLength(1000);
        builder.HasIndex(j => j.AgencyId);
        builder.HasIndex(j => new { j.Status, j.CreatedAt });
        builder.HasOne<Agency>().WithMany().HasForeignKey(j => j.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContractClauseConfiguration : IEntityTypeConfiguration<ContractClause>
{
    public void Configure(EntityTypeBuilder<ContractClause> builder)
    {
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Code).HasMaxLength(50);
        builder.ComplexProperty(c => c.Name, n => n.MapLocalizedText(200));
        builder.HasIndex(c => c.Code).IsUnique();
    }
}
