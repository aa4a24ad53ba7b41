namespace Licensing.Domain.Workers;

/// <summary>
/// How many workers departed, returned, and had a repatriation case opened in one calendar month
/// (yyyy-MM, UTC), for one receiving country, sector, sex and home province. The database keeps these
/// totals itself, with triggers on deployments and repatriation cases, so that statistics over
/// millions of journeys read a few thousand rows. Nothing in the application writes them.
/// </summary>
public sealed class WorkerMovementCount
{
    private WorkerMovementCount() { }

    public string Month { get; private set; } = "";
    public string CountryCode { get; private set; } = "";
    public string SectorCode { get; private set; } = "";
    public Sex Sex { get; private set; }
    public string ProvinceCode { get; private set; } = "";
    public int Deployments { get; private set; }
    public int Returns { get; private set; }
    public int Repatriations { get; private set; }
}
