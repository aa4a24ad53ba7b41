using Licensing.Domain.Agencies;
using Licensing.Domain.Common;
using Licensing.Domain.Documents;
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

    public static void MapStoredDocument(this ComplexPropertyBuilder<StoredDocument> file)
    {
        file.Property(x => x.StorageKey).HasMaxLength(200);
        file.Property(x => x.FileName).HasMaxLength(255);
        file.Property(x => x.ContentType).HasMaxLength(50);
        file.Property(x => x.Sha256).HasMaxLength(64);
    }
}
