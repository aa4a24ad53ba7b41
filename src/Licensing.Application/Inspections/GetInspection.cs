using Licensing.Application.Abstractions;
using Licensing.Domain.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inspections;

/// <summary>An inspection with its checklist (items and answers side by side), team, findings and history.</summary>
public static class GetInspection
{
    public sealed record Photo(Guid Id, string FileName);

    public sealed record Item(string Code, string TextKm, string TextEn, string LegalBasis, ChecklistAnswer? Answer, string? Note, IReadOnlyList<Photo> Photos);

    public sealed record FindingView(Guid Id, string ItemCode, FindingSeverity Severity, string Description, string CorrectiveAction, DateOnly DueOn,
        FindingStatus Status, bool FlaggedForSanction, string? EvidenceNote, string? EvidenceFileName, DateTimeOffset? EvidenceSubmittedAt);

    public sealed record Step(InspectionStatus From, InspectionStatus To, string? Reason, DateTimeOffset At, string ByName);

    public sealed record Detail(Guid Id, Guid AgencyId, string AgencyNameKm, string AgencyNameEn, InspectionKind Kind, InspectionStatus Status, InspectionSite Site,
        DateOnly PlannedFor, DateOnly? ScheduledOn, bool Announced, Guid? FollowUpOf, Guid? ComplaintId, IReadOnlyList<Inspector> Team,
        IReadOnlyList<Item> Checklist, IReadOnlyList<FindingView> Findings, IReadOnlyList<Step> History, Guid Version);

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task<Detail> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var i = await db.LoadVisibleAsync(user, id, cancellationToken);
            var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == i.AgencyId).Select(a => new { a.Name.Km, a.Name.En }).SingleAsync(cancellationToken);
            var items = await db.ChecklistItems.AsNoTracking().Where(c => c.TemplateVersion == i.ChecklistVersion).OrderBy(c => c.Order).ToListAsync(cancellationToken);
            return new Detail(i.Id, i.AgencyId, agency.Km, agency.En, i.Kind, i.Status, i.Site, i.PlannedFor, i.ScheduledOn, i.Announced, i.FollowUpOf, i.ComplaintId,
                i.Team.Select(m => new Inspector(m.InspectorId, m.Name)).ToList(),
                items.Select(c =>
                {
                    var answer = i.Answers.SingleOrDefault(a => a.ItemCode == c.Code);
                    var photos = i.Photos.Where(p => p.ItemCode == c.Code).Select(p => new Photo(p.Id, p.File.FileName)).ToList();
                    return new Item(c.Code, c.Text.Km, c.Text.En, c.LegalBasis, answer?.Answer, answer?.Note, photos);
                }).ToList(),
                i.Findings.Select(f => new FindingView(f.Id, f.ItemCode, f.Severity, f.Description, f.CorrectiveAction, f.DueOn, f.Status, f.FlaggedForSanction,
                    f.EvidenceNote, f.Evidence?.FileName, f.EvidenceSubmittedAt)).ToList(),
                i.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new Step(e.From, e.To, e.Reason, e.At, e.ByName)).ToList(),
                i.Version);
        }
    }
}
