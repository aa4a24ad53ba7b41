namespace Licensing.Domain.Inspections;

/// <summary>A site that must be inspected, its agency, and the day its ordinary inspection falls due (<see cref="InspectionFrequency"/>).</summary>
public sealed record SiteToInspect(Guid AgencyId, InspectionSite Site, DateOnly DueOn);

/// <summary>A proposed date and team for one site.</summary>
public sealed record ProposedVisit(SiteToInspect Site, DateOnly Date, IReadOnlyList<Inspector> Team);

/// <summary>
/// Spreads the period's sites evenly over its working days, none before the day it falls due (a site due after the
/// period is left for a later plan), and gives each a team, choosing the
/// least-loaded inspectors who have room that day (a per-inspector daily maximum) and no declared
/// conflict with the agency. A site no inspector can take is proposed without a team.
/// </summary>
public static class InspectionPlanner
{
    public static IReadOnlyList<ProposedVisit> Propose(
        IReadOnlyList<SiteToInspect> sites, IReadOnlyList<Inspector> inspectors, ILookup<Guid, Guid> conflictsByInspector,
        DateOnly from, DateOnly to, int maxPerInspectorPerDay, int teamSize)
    {
        var days = WorkingDays(from, to);
        if (days.Count == 0 || sites.Count == 0) return [];

        var load = inspectors.ToDictionary(i => i.Id, _ => 0);
        var daily = new Dictionary<(Guid, DateOnly), int>();
        var visits = new List<ProposedVisit>(sites.Count);
        var ordered = sites.OrderBy(s => s.Site.ProvinceCode).ThenBy(s => s.AgencyId).ThenBy(s => s.Site.Kind).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var site = ordered[i];
            var earliest = days.Count(d => d < site.DueOn);
            if (earliest == days.Count) continue;
            var firstDay = Math.Max(earliest, (int)((long)i * days.Count / ordered.Count));
            var (date, team) = FindSlot(site, days, earliest, firstDay, inspectors, conflictsByInspector, load, daily, maxPerInspectorPerDay, teamSize);
            foreach (var member in team)
            {
                load[member.Id]++;
                daily[(member.Id, date)] = daily.GetValueOrDefault((member.Id, date)) + 1;
            }
            visits.Add(new ProposedVisit(site, date, team));
        }
        return visits;
    }

    private static (DateOnly Date, IReadOnlyList<Inspector> Team) FindSlot(
        SiteToInspect site, IReadOnlyList<DateOnly> days, int earliest, int firstDay, IReadOnlyList<Inspector> inspectors, ILookup<Guid, Guid> conflicts,
        Dictionary<Guid, int> load, Dictionary<(Guid, DateOnly), int> daily, int maxPerDay, int teamSize)
    {
        var eligible = inspectors.Where(i => !conflicts[i.Id].Contains(site.AgencyId)).ToList();
        var wanted = Math.Min(teamSize, eligible.Count);
        var open = days.Count - earliest;
        for (var offset = 0; offset < open; offset++)
        {
            var date = days[earliest + (firstDay - earliest + offset) % open];
            var free = eligible.Where(i => daily.GetValueOrDefault((i.Id, date)) < maxPerDay).OrderBy(i => load[i.Id]).ThenBy(i => i.Name).Take(wanted).ToList();
            if (wanted > 0 && free.Count == wanted) return (date, free);
        }
        return (days[firstDay], []);
    }

    public static IReadOnlyList<DateOnly> WorkingDays(DateOnly from, DateOnly to)
    {
        var days = new List<DateOnly>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days.Add(day);
        }
        return days;
    }
}
