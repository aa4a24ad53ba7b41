using Licensing.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Infrastructure.Persistence.Configurations;

internal sealed class PublicHolidayConfiguration : IEntityTypeConfiguration<PublicHoliday>
{
    public void Configure(EntityTypeBuilder<PublicHoliday> builder)
    {
        builder.HasIndex(h => h.Date).IsUnique();
        builder.ComplexProperty(h => h.Name, n => n.MapLocalizedText(PublicHoliday.NameMaxLength));
    }
}
