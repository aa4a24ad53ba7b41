using Licensing.Application.Common;
using Licensing.Domain.Workers;

namespace Licensing.Application.Workers;

/// <summary>
/// Departures, returns and repatriations counted for one month, country, sector, sex and home province:
/// read from the database's running totals, or counted from a set of deployments (the same rules as the
/// triggers that keep the totals).
/// </summary>
public sealed class WorkerMovement
{
    public string Month { get; init; } = "";
    public string CountryCode { get; init; } = "";
    public string SectorCode { get; init; } = "";
    public Sex Sex { get; init; }
    public string ProvinceCode { get; init; } = "";
    public int Deployments { get; init; }
    public int Returns { get; init; }
    public int Repatriations { get; init; }

    public static IQueryable<WorkerMovement> FromTotals(IQueryable<WorkerMovementCount> totals) =>
        totals.Select(t => new WorkerMovement
        {
            Month = t.Month, CountryCode = t.CountryCode, SectorCode = t.SectorCode, Sex = t.Sex, ProvinceCode = t.ProvinceCode,
            Deployments = t.Deployments, Returns = t.Returns, Repatriations = t.Repatriations,
        });

    public static IQueryable<WorkerMovement> CountedFrom(IQueryable<Deployment> deployments, IQueryable<Worker> workers)
    {
        var journeys = deployments.Join(workers, d => d.WorkerId, w => w.Id, (d, w) => new { d, w });
        var departures = journeys.Where(x => x.d.Departure != null).Select(x => new WorkerMovement
        {
            Month = CalendarMonth.Of(x.d.Departure!.DepartedOn), CountryCode = x.d.CountryCode, SectorCode = x.d.SectorCode, Sex = x.w.Sex,
            ProvinceCode = x.w.Home.ProvinceCode, Deployments = 1, Returns = 0, Repatriations = 0,
        });
        var returns = journeys.Where(x => x.d.Return != null).Select(x => new WorkerMovement
        {
            Month = CalendarMonth.Of(x.d.Return!.ReturnedOn), CountryCode = x.d.CountryCode, SectorCode = x.d.SectorCode, Sex = x.w.Sex,
            ProvinceCode = x.w.Home.ProvinceCode, Deployments = 0, Returns = 1, Repatriations = 0,
        });
        var repatriations = journeys.SelectMany(x => x.d.Repatriations, (x, r) => new WorkerMovement
        {
            Month = CalendarMonth.Of(r.OpenedAt), CountryCode = x.d.CountryCode, SectorCode = x.d.SectorCode, Sex = x.w.Sex,
            ProvinceCode = x.w.Home.ProvinceCode, Deployments = 0, Returns = 0, Repatriations = 1,
        });
        return departures.Concat(returns).Concat(repatriations);
    }
}
