using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Licences;
using Licensing.Application.Settings;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Licensing.Domain.Identity;
using Licensing.Domain.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inspections;

/// <summary>
/// The sites a year's plan of ordinary inspections takes (R8, R9), whether the plan is being made
/// (<see cref="PlanInspections"/>) or the daily job adds what has fallen due since (<see cref="AddDueSitesToPlans"/>):
/// every licensed agency's head office, branches and PDOT centres due within the year
/// (<see cref="InspectionFrequency"/>, setting inspection.frequency-months), each with a proposed date no sooner than the
/// notice the agency is owed and no sooner than it falls due, and a team. The caller saves.
/// </summary>
public sealed class InspectionPlanSites(ILicensingDb db, IUserDirectory directory, BusinessCalendar calendar, RuleSettingsCache rules)
{
    private sealed record SiteKey(Guid AgencyId, SiteKind Kind, Guid? SiteId);

    /// <summary>The plan's days still open to an announced visit: from the year's start or the end of the notice, to the year's end.</summary>
    public async Task<(DateOnly From, DateOnly To)?> WindowAsync(InspectionPlan plan, CancellationToken cancellationToken)
    {
        var earliest = calendar.Today.AddDays((await rules.GetAsync(db, cancellationToken)).InspectionNoticeDays);
        var start = new DateOnly(plan.Year, 1, 1);
        var (from, to) = (start > earliest ? start : earliest, new DateOnly(plan.Year, 12, 31));
        return from <= to ? (from, to) : null;
    }

    /// <summary>Adds a proposed visit to the plan for each site due within its window; returns how many.</summary>
    public async Task<int> AddDueSitesAsync(InspectionPlan plan, Actor actor, CancellationToken cancellationToken)
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
        var lastVisit = ordinary.Where(i => Inspection.IsDoneStatus(i.Status))
            .GroupBy(i => new SiteKey(i.AgencyId, i.Kind, i.SiteId)).ToDictionary(g => g.Key, g => g.Max(i => i.Date));

        var licensed = db.Licences.Held().Select(l => l.AgencyId);
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
