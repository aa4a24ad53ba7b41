using Licensing.Domain.Changes;
using Licensing.Infrastructure.ChangeFeed;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Infrastructure.Persistence.Configurations;

internal sealed class ChangeEntryConfiguration : IEntityTypeConfiguration<ChangeEntry>
{
    public void Configure(EntityTypeBuilder<ChangeEntry> builder)
    {
        builder.ToTable(ChangeFeedTables.Changes);
        builder.HasKey(c => c.Position);
        builder.Property(c => c.Position).ValueGeneratedNever();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Operation).HasConversion<string>().HasMaxLength(8);
        builder.Property(c => c.CountryCode).HasMaxLength(2);
        builder.HasIndex(c => new { c.Kind, c.Position });
    }
}

internal sealed class ChangeCounterConfiguration : IEntityTypeConfiguration<ChangeCounter>
{
    public void Configure(EntityTypeBuilder<ChangeCounter> builder)
    {
        builder.ToTable(ChangeFeedTables.Counter);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasData(new ChangeCounter { Id = ChangeCounter.TheOne, LastPosition = 0 });
    }
}
