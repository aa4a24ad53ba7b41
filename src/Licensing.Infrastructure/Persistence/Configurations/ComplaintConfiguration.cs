using Licensing.Domain.Agencies;
using Licensing.Domain.Common;
using Licensing.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Licensing.Infrastructure.Persistence.Configurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    private static readonly string OpenFilter = StatusFilter.In(Complaint.OpenStatuses);

    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.TrackingCode).HasMaxLength(16);
        builder.Property(c => c.PinHash).HasMaxLength(128);
        builder.Property(c => c.UnlicensedRecruiter).HasMaxLength(300);
        builder.Property(c => c.Desk).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.AssignedOfficerName).HasMaxLength(256);
        builder.Property(c => c.DecisionReason).HasMaxLength(2000);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.ReferredTo).HasConversion<string>().HasMaxLength(16);
        builder.ComplexProperty(c => c.Complainant, p =>
        {
            p.Property(x => x.FiledAs).HasConversion<string>().HasMaxLength(24);
            p.Property(x => x.FilerName).HasMaxLength(200);
            p.Property(x => x.FilerOrganisation).HasMaxLength(200);
            p.Property(x => x.WorkerName).HasMaxLength(200);
            p.Property(x => x.Phone).HasMaxLength(50);
            p.Property(x => x.Email).HasMaxLength(256);
            p.Property(x => x.PassportNumber).HasMaxLength(32);
            p.Property(x => x.ProvinceCode).HasMaxLength(8);
            p.Property(x => x.PreferredContact).HasConversion<string>().HasMaxLength(16);
            p.Property(x => x.Language).HasMaxLength(2).HasDefaultValue(Languages.Khmer);
        });
        builder.ComplexProperty(c => c.Account, a =>
        {
            a.Property(x => x.Category).HasConversion<string>().HasMaxLength(24);
            a.Property(x => x.WhatHappened).HasMaxLength(4000);
            a.Property(x => x.Where).HasMaxLength(300);
            a.Property(x => x.When).HasMaxLength(100);
            a.Property(x => x.WhatTheyWant).HasMaxLength(1000);
        });
        builder.ComplexProperty(c => c.Settlement, s =>
        {
            s.Property(x => x.RefundUsd).HasPrecision(18, 2);
            s.Property(x => x.Terms).HasMaxLength(2000);
        });
        builder.ComplexProperty(c => c.SanctionProposal, s =>
        {
            s.Property(x => x.Reason).HasMaxLength(2000);
            s.Property(x => x.SuggestedPenalty).HasMaxLength(500);
            s.Property(x => x.ProposedBy).HasMaxLength(256);
        });
        // Statistics for a period: complaints by agency and the median time to decide read the index, not the table.
        builder.HasIndex(c => new { c.ReceivedAt, c.AgencyId, c.DecidedAt });
        builder.HasIndex(c => c.TrackingCode).IsUnique();
        builder.HasIndex(c => c.AgencyId);
        // Embassy and Interior officers' share of complaints, for their statistics and lists.
        builder.HasIndex(c => c.FiledByUserId);
        builder.HasIndex(c => c.ReferredTo);
        builder.HasIndex(c => c.Status);
        // The deadline sweeps walk the open complaints in id order; most complaints are decided, so this index holds few.
        builder.HasIndex(c => c.Id, "IX_Complaints_Open").HasFilter(OpenFilter);
        // The list shows received complaints first, each part by resolution deadline: each part reads its own index in that order.
        builder.HasIndex(c => new { c.ResolveBy, c.Id }, "IX_Complaints_Received_ResolveBy_Id").HasFilter(StatusFilter.Is(ComplaintStatus.Received));
        builder.HasIndex(c => new { c.ResolveBy, c.Id }, "IX_Complaints_NotReceived_ResolveBy_Id").HasFilter(StatusFilter.IsNot(ComplaintStatus.Received));
        // The dashboard counts exactly only the complaints due from the start of this month to three days ahead.
        builder.HasIndex(c => c.AcknowledgeBy, "IX_Complaints_Received_AcknowledgeBy").HasFilter(StatusFilter.Is(ComplaintStatus.Received));
        builder.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Entries).WithOne().HasForeignKey(e => e.ComplaintId);
        builder.HasMany(c => c.Evidence).WithOne().HasForeignKey(e => e.ComplaintId);
        builder.Navigation(c => c.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Evidence).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ComplaintEntryConfiguration : IEntityTypeConfiguration<ComplaintEntry>
{
    public void Configure(EntityTypeBuilder<ComplaintEntry> builder)
    {
        builder.ToTable("ComplaintEntries");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.Text).HasMaxLength(4000);
        builder.Property(e => e.ByName).HasMaxLength(256);
    }
}

internal sealed class ComplaintEvidenceConfiguration : IEntityTypeConfiguration<ComplaintEvidence>
{
    public void Configure(EntityTypeBuilder<ComplaintEvidence> builder)
    {
        builder.ToTable("ComplaintEvidence");
        builder.Property(e => e.AddedBy).HasMaxLength(256);
        builder.ComplexProperty(e => e.File, f => f.MapStoredDocument());
    }
}
