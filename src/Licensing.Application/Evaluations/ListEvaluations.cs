using Licensing.Application.Abstractions;
using Licensing.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Evaluations;

/// <summary>The evaluations the caller may see, those under way first, with how far the panel has got.</summary>
public static class ListEvaluations
{
    public sealed record Query(EvaluationStatus? Status, Guid? AgencyId);

    public sealed record Item(
        Guid Id, Guid AgencyId, string AgencyNameKm, string AgencyNameEn, DateOnly PeriodFrom, DateOnly PeriodTo, EvaluationStatus Status,
        int Members, int Submitted, bool PanelComplete, bool MySubmissionDue, PerformanceBand? Band, EvaluationOutcome? Outcome);

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task<IReadOnlyList<Item>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var evaluations = db.Evaluations.AsNoTracking().VisibleTo(user);
            if (query.Status is { } status) evaluations = evaluations.Where(e => e.Status == status);
            if (query.AgencyId is { } agencyId) evaluations = evaluations.Where(e => e.AgencyId == agencyId);
            var rows = await evaluations
                .OrderByDescending(EvaluationAccess.IsOpen).ThenBy(e => e.OpenedAt)
                .Take(500)
                .Join(db.Agencies, e => e.AgencyId, a => a.Id, (e, a) => new { Evaluation = e, a.Name.Km, a.Name.En })
                .Select(x => new
                {
                    x.Evaluation.Id, x.Evaluation.AgencyId, x.Km, x.En, x.Evaluation.PeriodFrom, x.Evaluation.PeriodTo, x.Evaluation.Status,
                    x.Evaluation.Band, x.Evaluation.Outcome,
                    Panel = x.Evaluation.Panel.Where(m => m.ConflictReason == null).Select(m => new { m.UserId, m.Sector, Submitted = m.SubmittedAt != null }).ToList(),
                })
                .ToListAsync(cancellationToken);
            return rows.Select(r => new Item(r.Id, r.AgencyId, r.Km, r.En, r.PeriodFrom, r.PeriodTo, r.Status,
                r.Panel.Count, r.Panel.Count(m => m.Submitted), r.Panel.Select(m => m.Sector).Distinct().Count() == Enum.GetValues<Domain.Identity.PanelSector>().Length,
                r.Status == EvaluationStatus.Scoring && r.Panel.Any(m => m.UserId == user.UserId && !m.Submitted), r.Band, r.Outcome)).ToList();
        }
    }
}
