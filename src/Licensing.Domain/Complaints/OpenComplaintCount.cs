namespace Licensing.Domain.Complaints;

/// <summary>
/// How many open complaints of one province and assigned officer ("" when none) are next due in one
/// calendar month (yyyy-MM, UTC). The database keeps these totals itself, with triggers on complaints,
/// so that the dashboard reads a few hundred rows instead of every open complaint. Nothing in the application writes them.
/// </summary>
public sealed class OpenComplaintCount
{
    private OpenComplaintCount() { }

    public string ProvinceCode { get; private set; } = "";
    public string OfficerName { get; private set; } = "";
    public string DueMonth { get; private set; } = "";
    public int Complaints { get; private set; }
}

/// <summary>
/// How many open complaints against one agency (<see cref="Guid.Empty"/> for unlicensed recruiters) are
/// next due in one calendar month (yyyy-MM, UTC). Kept by the database like <see cref="OpenComplaintCount"/>.
/// </summary>
public sealed class AgencyOpenComplaintCount
{
    private AgencyOpenComplaintCount() { }

    public Guid AgencyId { get; private set; }
    public string DueMonth { get; private set; } = "";
    public int Complaints { get; private set; }
}
