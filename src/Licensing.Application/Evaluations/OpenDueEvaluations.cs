using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Domain.Common;
using Licensing.Domain.Evaluations;

namespace Licensing.Application.Evaluations;

/// <summary>
/// Every licensed agency is evaluated once per cycle (R11, R34; <see cref="EvaluationCycle"/>). The daily job opens those
/// that are due and tells the secretariat (its address setting and the licensing officers); the secretariat sees what
/// falls due soon, from the same query (<see cref="DueEvaluations"/>), and opens one itself with <see cref="OpenEvaluation"/>.
/// </summary>
public static class OpenDueEvaluations
{
    private const int LookAheadDays = 90;

    public sealed record Due(Guid AgencyId, string AgencyNameKm, string AgencyNameEn, DateOnly DueOn, DateOnly PeriodFrom, bool MayOpenNow);

    public sealed class Handler(ILicensingDb db, DomainEvents events, TimeProvider clock, BusinessCalendar calendar, RuleSettingsCache rules)
    {
        /// <summary>Agencies without an open evaluation whose evaluation falls due within 90 days, soonest first.</summary>
        public async Task<IReadOnlyList<Due>> ListAsync(CancellationToken cancellationToken) =>
            (await db.DueCyclesAsync(rules, calendar.Today, null, cancellationToken)).Select(c => c.Due).Where(d => d.DueOn <= calendar.Today.AddDays(LookAheadDays)).ToList();

        /// <summary>The daily job: opens every evaluation due today or earlier. Returns how many it opened.</summary>
        public async Task<int> HandleAsync(CancellationToken cancellationToken)
        {
            var today = calendar.Today;
            var due = (await db.DueCyclesAsync(rules, today, null, cancellationToken)).Select(c => c.Due).Where(d => d.DueOn <= today).ToList();
            if (due.Count == 0) return 0;
            var system = Actor.System(clock.GetUtcNow());
            var opened = due.Select(agency => Evaluation.Open(agency.AgencyId, agency.PeriodFrom, today, system)).ToList();
            db.Evaluations.AddRange(opened);
            events.Raise(new EvaluationsFellDue(due.Select(d => new LocalizedText(d.AgencyNameKm, d.AgencyNameEn)).ToList(),
                $"evaluations-opened:{today:yyyyMMdd}:{opened[0].Id}", system.At));
            await db.SaveChangesAsync(cancellationToken);
            return due.Count;
        }
    }
}
