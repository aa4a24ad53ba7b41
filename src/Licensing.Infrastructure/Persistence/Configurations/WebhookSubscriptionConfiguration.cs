using Licensing.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Infrastructure.Persistence.Configurations;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.Property(w => w.ClientId).HasMaxLength(100);
        builder.Property(w => w.BodyKey).HasMaxLength(32);
        builder.Property(w => w.Url).HasMaxLength(500);
        builder.Property(w => w.Secret).HasMaxLength(200);
        builder.Property(w => w.EventKinds).HasMaxLength(1000);
        builder.Ignore(w => w.Kinds);
        builder.HasIndex(w => w.ClientId);
    }
}
