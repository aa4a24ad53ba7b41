using Licensing.Application.Abstractions;
using Licensing.Domain.Evaluations;
using Licensing.Domain.Identity;

namespace Licensing.Application.Evaluations;

/// <summary>
/// One evaluation: its panel, the caller's own scores, and once scored the result (criterion
/// means, overall, band, suggestion) and decision. Agency staff see neither the panel nor
/// individual scores, only the result and decision.
/// </summary>
public static class GetEvaluation
{
    public sealed record Member(Guid UserId, string Name, PanelSector Sector, bool Excluded, string? ConflictReason, DateTimeOffset? SubmittedAt);

    public sealed record Score(EvaluationCriterion Criterion, int Value, string Justification);

    public sealed record Result(IReadOnlyDictionary<EvaluationCriterion, decimal> CriterionMeans, decimal Overall, PerformanceBand Band, EvaluationOutcome Suggestion);

    public sealed record Decision(EvaluationOutcome Outcome, string? Reason, DateTimeOffset DecidedAt, string DecidedBy);

    public sealed record Detail(
        Guid Id, Guid AgencyId, string AgencyNameKm, string AgencyNameEn, DateOnly PeriodFrom, DateOnly PeriodTo, EvaluationStatus Status,
        bool PanelComplete, IReadOnlyList<Member>? Panel, bool IAmSitting, bool ISubmitted, IReadOnlyList<Score> MyScores, Result? Result, Decision? Decision);

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task<Detail> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var evaluation = await db.LoadVisibleEvaluationAsync(user, id, cancellationToken);
            var agency = await db.Agencies.FindAsync([evaluation.AgencyId], cancellationToken);
            var means = evaluation.CriterionMeans();
            var me = evaluation.Panel.SingleOrDefault(m => m.UserId == user.UserId && m.Sitting);
            return new Detail(evaluation.Id, evaluation.AgencyId, agency!.Name.Km, agency.Name.En, evaluation.PeriodFrom, evaluation.PeriodTo, evaluation.Status,
                evaluation.PanelComplete,
                user.IsInRole(Roles.AgencyStaff) ? null : evaluation.Panel.Select(m => new Member(m.UserId, m.Name, m.Sector, m.Excluded, m.ConflictReason, m.SubmittedAt)).ToList(),
                me is not null, me?.SubmittedAt is not null,
                evaluation.Scores.Where(s => s.UserId == user.UserId).OrderBy(s => s.Criterion).Select(s => new Score(s.Criterion, s.Score, s.Justification)).ToList(),
                means is null ? null : new Result(means, evaluation.OverallScore!.Value, evaluation.Band!.Value, evaluation.Suggestion!.Value),
                evaluation.Outcome is { } outcome ? new Decision(outcome, evaluation.DecisionReason, evaluation.DecidedAt!.Value, evaluation.DecidedBy!) : null);
        }
    }
}
