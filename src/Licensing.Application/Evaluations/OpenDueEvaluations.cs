using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Licensing.Domain.Evaluations;
using Licensing.Domain.Identity;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Evaluations;

/// <summary>
/// Every licensed agency is evaluated once per cycle (R11, R34; <see cref="EvaluationCycle"/>). The daily job opens those
/// that are due and tells the secretariat (its address setting and the licensing officers); the secretariat sees what
/// falls due soon, from the same query, and may open an agency's first evaluation early, never a second one within the cycle.
/// </summary>
public static class OpenDueEvaluations
{
    private const int LookAheadDays = 90;

    public sealed record Due(Guid AgencyId, string AgencyNameKm, string AgencyNameEn, DateOnly DueOn, DateOnly PeriodFrom, bool MayOpenNow);

    public sealed record Command(Guid AgencyId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.AgencyId).NotEmpty().WithName(_ => Text.Pick("Agency", "ភ្នាក់ងារ"));
    }

    public sealed class Handler(ILicensingDb db, DomainEvents events, ICurrentUser user, TimeProvider clock, BusinessCalendar calendar, RuleSettingsCache rules)
    {
        /// <summary>Agencies without an open evaluation whose evaluation falls due within 90 days, soonest first.</summary>
        public async Task<IReadOnlyList<Due>> ListAsync(CancellationToken cancellationToken) =>
            (await CyclesAsync(null, cancellationToken)).Select(c => c.Due).Where(d => d.DueOn <= calendar.Today.AddDays(LookAheadDays)).ToList();

        /// <summary>The daily job: opens every evaluation due today or earlier. Returns how many it opened.</summary>
        public async Task<int> HandleAsync(CancellationToken cancellationToken)
        {
            var today = calendar.Today;
            var due = (await CyclesAsync(null, cancellationToken)).Select(c => c.Due).Where(d => d.DueOn <= today).ToList();
            if (due.Count == 0) return 0;
            var system = Actor.System(clock.GetUtcNow());
            var opened = due.Select(agency => Evaluation.Open(agency.AgencyId, agency.PeriodFrom, today, system)).ToList();
            db.Evaluations.AddRange(opened);
            events.Raise(new EvaluationsFellDue(due.Select(d => new LocalizedText(d.AgencyNameKm, d.AgencyNameEn)).ToList(),
                $"evaluations-opened:{today:yyyyMMdd}:{opened[0].Id}", system.At));
            await db.SaveChangesAsync(cancellationToken);
            return due.Count;
        }

        /// <summary>The secretariat opens one agency's evaluation: when due, or early if the agency was never evaluated.</summary>
        public async Task<Guid> OpenAsync(Command command, CancellationToken cancellationToken)
        {
            var today = calendar.Today;
            var cycles = await CyclesAsync(command.AgencyId, cancellationToken);
            if (cycles.Count == 0)
            {
                throw new DomainException(ErrorCodes.NotEvaluable);
            }
            var (due, cycle) = cycles[0];
            cycle.EnsureMayOpenOn(today);
            var evaluation = Evaluation.Open(due.AgencyId, cycle.PeriodFrom, today, user.AsActor(clock));
            db.Evaluations.Add(evaluation);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                throw new DomainException(ErrorCodes.EvaluationUnderWay);
            }
            return evaluation.Id;
        }

        /// <summary>The one query behind the due list, the job and the secretariat: each licensed agency without an open evaluation, with its cycle.</summary>
        private async Task<List<(Due Due, EvaluationCycle Cycle)>> CyclesAsync(Guid? agencyId, CancellationToken cancellationToken)
        {
            var months = (await rules.GetAsync(db, cancellationToken)).EvaluationCycleMonths;
            var today = calendar.Today;
            var licences = db.Licences.AsNoTracking().Where(l => l.Status == LicenceStatus.Active || l.Status == LicenceStatus.Suspended);
            var evaluations = db.Evaluations.AsNoTracking();
            if (agencyId is { } id)
            {
                licences = licences.Where(l => l.AgencyId == id);
                evaluations = evaluations.Where(e => e.AgencyId == id);
            }
            var licensed = await licences.Join(db.Agencies, l => l.AgencyId, a => a.Id, (l, a) => new { l.AgencyId, l.IssuedOn, a.Name.Km, a.Name.En })
                .ToListAsync(cancellationToken);
            var evaluated = await evaluations.Select(e => new { e.AgencyId, e.PeriodTo, Open = e.Status != EvaluationStatus.Decided }).ToListAsync(cancellationToken);
            var open = evaluated.Where(e => e.Open).Select(e => e.AgencyId).ToHashSet();
            var lastEvaluated = evaluated.GroupBy(e => e.AgencyId).ToDictionary(g => g.Key, g => g.Max(e => e.PeriodTo));

            return licensed.GroupBy(l => l.AgencyId)
                .Where(g => !open.Contains(g.Key))
                .Select(g =>
                {
                    var cycle = EvaluationCycle.For(lastEvaluated.TryGetValue(g.Key, out var last) ? last : null, g.Min(l => l.IssuedOn), months);
                    return (new Due(g.Key, g.First().Km, g.First().En, cycle.DueOn, cycle.PeriodFrom, cycle.MayOpenOn(today)), cycle);
                })
                .OrderBy(d => d.Item1.DueOn).ThenBy(d => d.Item1.AgencyNameEn)
                .ToList();
        }
    }
}
