using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Licensing.Domain.Identity;
using Licensing.Domain.Inspections;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inspections;

/// <summary>
/// The year's plan of ordinary inspections (R8, R9): every licensed agency's head office, branches and PDOT centres
/// that fall due within the year (<see cref="InspectionFrequency"/>, setting inspection.frequency-months), each with a
/// proposed date no sooner than the notice the agency is owed and no sooner than it falls due, and a team. Planning is
/// continuous: the daily job adds to this year's and later plans every site that has fallen due since (a site registered
/// after the plan was made, an agency licensed since, a site whose last inspection has aged past the frequency).
/// </summary>
public static class PlanInspections
{
    public sealed record Command(int Year);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Year).InclusiveBetween(2020, 2100).WithName(_ => Text.Pick("Year", "ឆ្នាំ"));
    }

    private sealed record SiteKey(Guid AgencyId, SiteKind Kind, Guid? SiteId);

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IUserDirectory directory, TimeProvider clock, BusinessCalendar calendar, RuleSettingsCache rules)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            if (await db.InspectionPlans.AnyAsync(p => p.Year == command.Year, cancellationToken))
            {
                throw new DomainException(ErrorCodes.PlanExists, Text.Pick("There is already a plan for this year.", "មានផែនការសម្រាប់ឆ្នាំនេះរួចហើយ។"));
            }
            var actor = user.AsActor(clock);
            var plan = new InspectionPlan(command.Year, actor);
            if (await WindowAsync(plan, cancellationToken) is null)
            {
                throw new DomainException(ErrorCodes.YearOver, Text.Pick("That year is over.", "ឆ្នាំនោះបានកន្លងផុតហើយ។"), DomainErrorKind.Invalid);
            }
            db.InspectionPlans.Add(plan);
            await AddDueSitesAsync(plan, actor, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return plan.Id;
        }

        /// <summary>The daily job: every plan of this year or later takes the sites that have fallen due since. Returns how many visits it added.</summary>
        public async Task<int> AddDueSitesAsync(CancellationToken cancellationToken)
        {
            var plans = await db.InspectionPlans.Where(p => p.Year >= calendar.Today.Year).OrderBy(p => p.Year).ToListAsync(cancellationToken);
            var added = 0;
            foreach (var plan in plans)
            {
                added += await AddDueSitesAsync(plan, Actor.System(clock.GetUtcNow()), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
            return added;
        }

        /// <summary>The plan's days still open to an announced visit: from the year's start or the end of the notice, to the year's end.</summary>
        private async Task<(DateOnly From, DateOnly To)?> WindowAsync(InspectionPlan plan, CancellationToken cancellationToken)
        {
            var earliest = calendar.Today.AddDays((await rules.GetAsync(db, cancellationToken)).InspectionNoticeDays);
            var start = new DateOnly(plan.Year, 1, 1);
            var (from, to) = (start > earliest ? start : earliest, new DateOnly(plan.Year, 12, 31));
            return from <= to ? (from, to) : null;
        }

        private async Task<int> AddDueSitesAsync(InspectionPlan plan, Actor actor, CancellationToken cancellationToken)
        {
            if (await WindowAsync(plan, cancellationToken) is not { } window) return 0;
            var sites = await DueSitesAsync(window.To, cancellationToken);
            if (sites.Count == 0) return 0;
            var inspectors = (await directory.InRoleAsync(Roles.Inspector, cancellationToken)).Select(i => new Inspector(i.Id, i.Name)).ToList();
            var conflicts = (await db.InspectorConflicts.AsNoTracking().Select(c => new { c.InspectorId, c.AgencyId }).ToListAsync(cancellationToken))
                .ToLookup(c => c.InspectorId, c => c.AgencyId);
            var visits = InspectionPlanner.Propose(sites, inspectors, conflicts, window.From, window.To,
                (await rules.GetAsync(db, cancellationToken)).InspectionMaxPerInspectorPerDay,
                (await rules.GetAsync(db, cancellationToken)).InspectionTeamSize);
            var version = await db.CurrentChecklistVersionAsync(cancellationToken);
            foreach (var visit in visits)
            {
                var inspection = Inspection.PlanOrdinary(plan.Id, visit.Site.AgencyId, visit.Site.Site, visit.Date, version, actor);
                inspection.Propose(visit.Date, visit.Team);
                db.Inspections.Add(inspection);
            }
            return visits.Count;
        }

        /// <summary>Every licensed site due by the day given that no ordinary inspection under way or planned already covers.</summary>
        private async Task<List<SiteToInspect>> DueSitesAsync(DateOnly by, CancellationToken cancellationToken)
        {
            var frequency = (await rules.GetAsync(db, cancellationToken)).InspectionFrequencyMonths;
            var ordinary = await db.Inspections.AsNoTracking()
                .Where(i => i.Kind == InspectionKind.Ordinary && i.Status != InspectionStatus.Cancelled)
                .Select(i => new { i.AgencyId, i.Site.Kind, i.Site.SiteId, i.Status, Date = i.ScheduledOn ?? i.PlannedFor })
                .ToListAsync(cancellationToken);
            var covered = ordinary.Where(i => i.Status is InspectionStatus.Planned or InspectionStatus.Scheduled or InspectionStatus.InProgress)
                .Select(i => new SiteKey(i.AgencyId, i.Kind, i.SiteId)).ToHashSet();
            var lastVisit = ordinary.Where(i => i.Status is InspectionStatus.Completed or InspectionStatus.CorrectiveActionsRequired or InspectionStatus.Closed)
                .GroupBy(i => new SiteKey(i.AgencyId, i.Kind, i.SiteId)).ToDictionary(g => g.Key, g => g.Max(i => i.Date));

            var licensed = db.Licences.Where(l => l.Status == LicenceStatus.Active || l.Status == LicenceStatus.Suspended).Select(l => l.AgencyId);
            var agencies = await db.Agencies.AsNoTracking().Where(a => licensed.Contains(a.Id))
                .Include(a => a.Branches).Include(a => a.TrainingCentres).ToListAsync(cancellationToken);
            return agencies.SelectMany(a =>
                    new[] { new InspectionSite(SiteKind.HeadOffice, null, a.HeadOffice.Line, a.HeadOffice.ProvinceCode) }
                        .Concat(a.Branches.Select(b => new InspectionSite(SiteKind.Branch, b.Id, b.Address.Line, b.Address.ProvinceCode)))
                        .Concat(a.TrainingCentres.Select(c => new InspectionSite(SiteKind.TrainingCentre, c.Id, c.Address.Line, c.Address.ProvinceCode)))
                        .Select(site => (Key: new SiteKey(a.Id, site.Kind, site.SiteId), Site: site)))
                .Where(s => !covered.Contains(s.Key))
                .Select(s => new SiteToInspect(s.Key.AgencyId, s.Site,
                    InspectionFrequency.DueOn(lastVisit.TryGetValue(s.Key, out var last) ? last : null, frequency)))
                .Where(s => s.DueOn <= by)
                .ToList();
        }
    }
}
