using Licensing.Domain.Agencies;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Infrastructure.Persistence.Configurations;

internal static class MappingExtensions
{
    public static void MapLocalizedText(this ComplexPropertyBuilder<LocalizedText> text, int maxLength)
    {
        text.Property(t => t.Km).HasMaxLength(maxLength);
        text.Property(t => t.En).HasMaxLength(maxLength);
    }

    public static void MapAddress(this ComplexPropertyBuilder<Address> address)
    {
        address.Property(a => a.Line).HasMaxLength(500);
        address.Property(a => a.ProvinceCode).HasMaxLength(8);
    }
}
