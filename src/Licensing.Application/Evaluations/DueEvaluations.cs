using Licensing.Application.Abstractions;
using Licensing.Application.Licences;
using Licensing.Application.Settings;
using Licensing.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Evaluations;

/// <summary>The one query behind the due list, the daily job and the secretariat's opening (R11, R34).</summary>
internal static class DueEvaluations
{
    /// <summary>Each licensed agency (or the one given) without an open evaluation, with its cycle, soonest due first.</summary>
    public static async Task<List<(OpenDueEvaluations.Due Due, EvaluationCycle Cycle)>> DueCyclesAsync(
        this ILicensingDb db, RuleSettingsCache rules, DateOnly today, Guid? agencyId, CancellationToken cancellationToken)
    {
        var months = (await rules.GetAsync(db, cancellationToken)).EvaluationCycleMonths;
        var licences = db.Licences.AsNoTracking().Held();
        var evaluations = db.Evaluations.AsNoTracking();
        if (agencyId is { } id)
        {
            licences = licences.Where(l => l.AgencyId == id);
            evaluations = evaluations.Where(e => e.AgencyId == id);
        }
        var licensed = await licences.Join(db.Agencies, l => l.AgencyId, a => a.Id, (l, a) => new { l.AgencyId, l.IssuedOn, a.Name.Km, a.Name.En })
            .ToListAsync(cancellationToken);
        var evaluated = await evaluations.Select(e => new { e.AgencyId, e.PeriodTo, e.Status }).ToListAsync(cancellationToken);
        var open = evaluated.Where(e => Evaluation.IsOpenStatus(e.Status)).Select(e => e.AgencyId).ToHashSet();
        var lastEvaluated = evaluated.GroupBy(e => e.AgencyId).ToDictionary(g => g.Key, g => g.Max(e => e.PeriodTo));

        return licensed.GroupBy(l => l.AgencyId)
            .Where(g => !open.Contains(g.Key))
            .Select(g =>
            {
                var cycle = EvaluationCycle.For(lastEvaluated.TryGetValue(g.Key, out var last) ? last : null, g.Min(l => l.IssuedOn), months);
                return (new OpenDueEvaluations.Due(g.Key, g.First().Km, g.First().En, cycle.DueOn, cycle.PeriodFrom, cycle.MayOpenOn(today)), cycle);
            })
            .OrderBy(d => d.Item1.DueOn).ThenBy(d => d.Item1.AgencyNameEn)
            .ToList();
    }
}
