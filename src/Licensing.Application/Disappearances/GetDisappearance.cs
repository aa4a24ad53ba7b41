using Licensing.Application.Abstractions;
using Licensing.Application.Events.Disappearances;
using Licensing.Domain.Audit;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Identity;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Disappearances;

/// <summary>
/// A case as its parties see it: the worker (or the family's description of an unregistered migrant), the facts, and for each recipient body how the
/// report reached it (live, inbox, e-mail, webhook) and when it acknowledged, with the updates.
/// Each view is written to the audit trail, as it shows the worker's identity.
/// </summary>
public static class GetDisappearance
{
    public sealed record WorkerSummary(Guid Id, string NameLatin, string NameKm, Sex Sex, DateOnly DateOfBirth, string? PassportNumber, string Phone, EmergencyContact EmergencyContact);

    public sealed record ChannelDelivery(string Channel, int Messages, DateTimeOffset? DeliveredAt, string State);

    public sealed record Recipient(
        string BodyKey, RecipientKind Kind, DateTimeOffset NotifiedAt, IReadOnlyList<ChannelDelivery> Deliveries,
        DateTimeOffset? AcknowledgedAt, string? AcknowledgedBy, double? MinutesToAcknowledge, DateTimeOffset? EscalatedAt);

    public sealed record Update(Guid Id, CaseParty Party, UpdateKind Kind, string Text, DateTimeOffset PostedAt, string AuthorName, bool SharedWithFamily);

    /// <summary>What the caller may do now; the pages show only these buttons.</summary>
    public sealed record Permissions(bool Acknowledge, bool PostUpdate, bool Respond, bool Verify, bool Resolve);

    public sealed record Detail(
        Guid Id, string Number, CaseStatus Status, ReportSource Source, string CountryCode, Guid? AgencyId, string? AgencyNameEn, string? AgencyNameKm, string? AgencyPhone,
        WorkerSummary? Worker, MissingPerson? Person, DisappearanceFacts Facts, FamilyReporter? Family, DateTimeOffset ReportedAt, string ReportedBy, bool IsLate, bool Verified,
        AgencyPosition AgencyPosition, CaseResolution? Resolution, string? ResolutionNote, DateTimeOffset? ClosedAt,
        DateTimeOffset LastAgencyUpdateAt, IReadOnlyList<Recipient> Recipients, IReadOnlyList<Update> Updates, Permissions Can, Guid Version);

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<Detail> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var report = await db.LoadCaseAsync(user, id, cancellationToken);
            var worker = await db.Workers.AsNoTracking().Where(w => w.Id == report.WorkerId)
                .Select(w => new WorkerSummary(w.Id, w.NameLatin, w.NameKm, w.Sex, w.DateOfBirth, w.PassportNumber, w.Phone, w.EmergencyContact)).SingleOrDefaultAsync(cancellationToken);
            var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == report.AgencyId).Select(a => new { a.Name, a.Phone }).SingleOrDefaultAsync(cancellationToken);
            var recipients = await db.CaseRecipientsAsync(report, cancellationToken);

            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), user.UserId, user.Email, "Viewed", nameof(DisappearanceCase), id.ToString(), "{}"));
            await db.SaveChangesAsync(cancellationToken);

            return new Detail(report.Id, report.Number, report.Status, report.Source, report.CountryCode, report.AgencyId, agency?.Name.En, agency?.Name.Km, agency?.Phone,
                worker, report.Person, report.Facts, report.Family, report.ReportedAt, report.ReportedByName, report.IsLate, report.Verified, report.AgencyPosition,
                report.Resolution, report.ResolutionNote, report.ClosedAt, report.LastAgencyUpdateAt, recipients,
                report.Updates.OrderBy(u => u.PostedAt).Select(u => new Update(u.Id, u.Party, u.Kind, u.Text, u.PostedAt, u.AuthorName, u.SharedWithFamily)).ToList(),
                PermissionsFor(report), report.Version);
        }

        private Permissions PermissionsFor(DisappearanceCase report)
        {
            var open = report.Status == CaseStatus.Open;
            var body = user.BodyOf();
            var agency = user.IsInRole(Roles.AgencyStaff);
            return new Permissions(
                Acknowledge: body is not null && report.Recipients.Any(r => r.BodyKey == body && !r.IsAcknowledged),
                PostUpdate: open && user.PartyOf() is not null,
                Respond: open && agency && report.AgencyPosition == AgencyPosition.Pending,
                Verify: open && !report.Verified && body == RecipientBody.Ministry,
                Resolve: open && body is not null);
        }
    }
}
