using Licensing.Domain.Inspections;

namespace Licensing.Domain.Tests.Inspections;

public sealed class InspectionPlannerTests
{
    private static readonly DateOnly From = new(2027, 1, 1);
    private static readonly DateOnly To = new(2027, 12, 31);

    private static List<SiteToInspect> Sites(int count) => Enumerable.Range(0, count)
        .Select(i => new SiteToInspect(Guid.NewGuid(), new InspectionSite(SiteKind.HeadOffice, null, $"Street {i}", "KH-12"), DateOnly.MinValue)).ToList();

    private static List<Inspector> Inspectors(int count) => Enumerable.Range(0, count).Select(i => new Inspector(Guid.NewGuid(), $"inspector{i}")).ToList();

    [Fact]
    [Trait("Rule", "R8")]
    public void EverySiteGetsOneVisitOnAWorkingDayInThePeriod()
    {
        var visits = InspectionPlanner.Propose(Sites(50), Inspectors(4), Enumerable.Empty<(Guid, Guid)>().ToLookup(x => x.Item1, x => x.Item2), From, To, 2, 2);
        Assert.Equal(50, visits.Count);
        Assert.All(visits, v => Assert.InRange(v.Date, From, To));
        Assert.All(visits, v => Assert.DoesNotContain(v.Date.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday }));
        Assert.All(visits, v => Assert.Equal(2, v.Team.Count));
    }

    [Fact]
    public void WorkloadIsBalancedAndTheDailyMaximumHolds()
    {
        var inspectors = Inspectors(5);
        var visits = InspectionPlanner.Propose(Sites(300), inspectors, Enumerable.Empty<(Guid, Guid)>().ToLookup(x => x.Item1, x => x.Item2), From, To, 1, 2);
        var perInspector = visits.SelectMany(v => v.Team).GroupBy(i => i.Id).Select(g => g.Count()).ToList();
        Assert.True(perInspector.Max() - perInspector.Min() <= 2, string.Join(",", perInspector));
        var perDay = visits.SelectMany(v => v.Team.Select(t => (t.Id, v.Date))).GroupBy(x => x).Max(g => g.Count());
        Assert.Equal(1, perDay);
    }

    [Fact]
    public void AnInspectorIsNeverAssignedToAnAgencyTheyDeclaredAConflictWith()
    {
        var inspectors = Inspectors(3);
        var sites = Sites(30);
        var conflicts = sites.Take(10).Select(s => (inspectors[0].Id, s.AgencyId)).ToLookup(x => x.Item1, x => x.Item2);
        var visits = InspectionPlanner.Propose(sites, inspectors, conflicts, From, To, 2, 2);
        Assert.All(visits.Where(v => conflicts[inspectors[0].Id].Contains(v.Site.AgencyId)), v => Assert.DoesNotContain(v.Team, t => t.Id == inspectors[0].Id));
    }

    [Fact]
    public void WithNoInspectors_SitesAreStillPlannedWithoutATeam()
    {
        var visits = InspectionPlanner.Propose(Sites(3), [], Enumerable.Empty<(Guid, Guid)>().ToLookup(x => x.Item1, x => x.Item2), From, To, 2, 2);
        Assert.Equal(3, visits.Count);
        Assert.All(visits, v => Assert.Empty(v.Team));
    }

    [Fact]
    [Trait("Rule", "R8")]
    [Trait("Rule", "R9")]
    public void ASiteIsNeverProposedBeforeItFallsDue_AndOneDueAfterThePeriodWaitsForALaterPlan()
    {
        var sites = Sites(20);
        sites[0] = sites[0] with { DueOn = new DateOnly(2027, 9, 15) };
        sites[1] = sites[1] with { DueOn = new DateOnly(2028, 2, 1) };
        var visits = InspectionPlanner.Propose(sites, Inspectors(2), Enumerable.Empty<(Guid, Guid)>().ToLookup(x => x.Item1, x => x.Item2), From, To, 2, 2);
        Assert.Equal(19, visits.Count);
        Assert.InRange(visits.Single(v => v.Site == sites[0]).Date, new DateOnly(2027, 9, 15), To);
        Assert.DoesNotContain(visits, v => v.Site == sites[1]);
    }

    [Theory]
    [Trait("Rule", "R8")]
    [Trait("Rule", "R9")]
    [InlineData(12, "2027-03-10")]
    [InlineData(6, "2026-09-10")]
    public void ASiteFallsDueTheFrequencyAfterItsLastOrdinaryInspection(int months, string due)
    {
        Assert.Equal(DateOnly.Parse(due), InspectionFrequency.DueOn(new DateOnly(2026, 3, 10), months));
        Assert.Equal(DateOnly.MinValue, InspectionFrequency.DueOn(null, months));
    }
}
