using Licensing.Application.Common;
using Licensing.Domain.Common;
using Licensing.Domain.Audit;
using Licensing.Domain.Notifications;
using Licensing.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Infrastructure.Persistence.Configurations;

internal sealed class SettingConfiguration : IEntityTypeConfiguration<Setting>
{
    public void Configure(EntityTypeBuilder<Setting> builder)
    {
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.Key).HasMaxLength(100);
        builder.Property(s => s.Value).HasMaxLength(2000);
        builder.HasIndex(s => s.Key).IsUnique();
    }
}

internal sealed class JobScheduleConfiguration : IEntityTypeConfiguration<JobSchedule>
{
    public void Configure(EntityTypeBuilder<JobSchedule> builder)
    {
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.JobName).HasMaxLength(100);
        builder.Property(s => s.Cron).HasMaxLength(100);
        builder.HasIndex(s => s.JobName).IsUnique();
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(32);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityId).HasMaxLength(100);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}

internal sealed class FormSubmissionConfiguration : IEntityTypeConfiguration<FormSubmission>
{
    public void Configure(EntityTypeBuilder<FormSubmission> builder)
    {
        builder.HasKey(s => s.Token);
        builder.Property(s => s.Token).HasMaxLength(FormSubmissions.MaxTokenLength);
        builder.Property(s => s.ResultUrl).HasMaxLength(500);
        builder.HasIndex(s => s.SubmittedAt);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Ignore(m => m.State);
        builder.Property(m => m.Channel).HasMaxLength(16);
        builder.Property(m => m.Recipient).HasMaxLength(256);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.DeduplicationKey).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.HasIndex(m => m.DeduplicationKey).IsUnique();
        builder.HasIndex(m => m.NextAttemptAt);
        // The administrators' list reads the undelivered messages in id order without stepping over the delivered ones.
        // One column only: a wider index costs more than the primary key with a filter, and the planner would take that.
        builder.HasIndex(m => m.Id, "IX_OutboxMessages_Undelivered").HasFilter("\"DeliveredAt\" IS NULL");
    }
}

internal sealed class InboxItemConfiguration : IEntityTypeConfiguration<InboxItem>
{
    public void Configure(EntityTypeBuilder<InboxItem> builder)
    {
        builder.Property(i => i.Subject).HasMaxLength(300);
        builder.HasIndex(i => i.OutboxMessageId).IsUnique();
        builder.HasIndex(i => new { i.UserId, i.CreatedAt });
    }
}
