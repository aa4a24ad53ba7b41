using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Audit;
using Licensing.Domain.Common;
using Licensing.Domain.Complaints;
using Licensing.Domain.Documents;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Complaints;

/// <summary>
/// The whole complaint for an officer who may see it, the complainant's identity included; every
/// read is written to the audit trail. A passport number on file links to the worker's record.
/// </summary>
public static class GetComplaint
{
    public sealed record Entry(ComplaintEntryKind Kind, string Text, ComplaintStatus Status, DateTimeOffset At, string ByName);

    public sealed record Evidence(Guid Id, string FileName, string ContentType, long SizeBytes, DateTimeOffset AddedAt, string AddedBy);

    public sealed record Detail(
        Guid Id, string TrackingCode, ComplaintStatus Status, ComplaintDesk Desk, Guid? AgencyId, string? AgencyNameKm, string? AgencyNameEn,
        string? UnlicensedRecruiter, Complainant Complainant, bool IdentitySharedWithAgency, ComplaintAccount Account, Guid? LinkedWorkerId,
        string? AssignedOfficerName, DateTimeOffset ReceivedAt, DateTimeOffset AcknowledgeBy, DateTimeOffset ResolveBy, DateTimeOffset? AgencyAnswerBy,
        DateTimeOffset? AgencyAnsweredAt, DateTimeOffset? DecidedAt, string? DecisionReason, ReferralTarget? ReferredTo, Settlement? Settlement,
        bool? SettlementHonoured, SanctionProposal? SanctionProposal, int EscalationLevel, DeadlineRag Rag, bool CanHandle,
        IReadOnlyList<Entry> Entries, IReadOnlyList<Evidence> EvidenceFiles, IReadOnlyList<Guid> InspectionIds);

    public sealed record EvidenceDownload(StoredDocument Document, Stream Content);

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IFileStore files, TimeProvider clock)
    {
        public async Task<Detail> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var c = await db.VisibleComplaints(user).Include(x => x.Entries).Include(x => x.Evidence).SingleOrDefaultAsync(x => x.Id == id, cancellationToken)
                ?? throw DomainException.NotFound();
            var agency = c.AgencyId is null ? null : await db.Agencies.AsNoTracking().Where(a => a.Id == c.AgencyId).Select(a => a.Name).SingleAsync(cancellationToken);
            var passport = IdentityNumbers.Normalize(c.Complainant.PassportNumber ?? "");
            var workerId = passport.Length == 0 ? null
                : await db.Workers.AsNoTracking().Where(w => w.PassportNumber == passport).Select(w => (Guid?)w.Id).SingleOrDefaultAsync(cancellationToken);
            var inspections = await db.Inspections.AsNoTracking().Where(i => i.ComplaintId == id).Select(i => i.Id).ToListAsync(cancellationToken);

            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), user.UserId, user.Email, "Viewed", nameof(Complaint), id.ToString(), "{\"identity\":\"shown\"}"));
            await db.SaveChangesAsync(cancellationToken);

            return new Detail(
                c.Id, c.TrackingCode, c.Status, c.Desk, c.AgencyId, agency?.Km, agency?.En, c.UnlicensedRecruiter, c.Complainant, c.IdentitySharedWithAgency, c.Account,
                workerId, c.AssignedOfficerName, c.ReceivedAt, c.AcknowledgeBy, c.ResolveBy, c.AgencyAnswerBy, c.AgencyAnsweredAt, c.DecidedAt, c.DecisionReason,
                c.ReferredTo, c.Settlement, c.SettlementHonoured, c.SanctionProposal, c.EscalationLevel, c.RagAt(clock.GetUtcNow()), user.Handles(c),
                c.Entries.OrderBy(e => e.At).Select(e => new Entry(e.Kind, e.Text, e.Status, e.At, e.ByName)).ToList(),
                c.Evidence.OrderBy(e => e.AddedAt).Select(e => new Evidence(e.Id, e.File.FileName, e.File.ContentType, e.File.SizeBytes, e.AddedAt, e.AddedBy)).ToList(),
                inspections);
        }

        public async Task<EvidenceDownload> DownloadEvidenceAsync(Guid id, Guid evidenceId, CancellationToken cancellationToken)
        {
            var file = await db.VisibleComplaints(user).Where(c => c.Id == id).SelectMany(c => c.Evidence).Where(e => e.Id == evidenceId)
                .Select(e => e.File).SingleOrDefaultAsync(cancellationToken) ?? throw DomainException.NotFound();
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), user.UserId, user.Email, "Viewed", nameof(ComplaintEvidence), evidenceId.ToString(), "{}"));
            await db.SaveChangesAsync(cancellationToken);
            return new EvidenceDownload(file, files.OpenRead(file.StorageKey));
        }
    }
}
