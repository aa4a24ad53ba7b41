namespace Licensing.Domain.Complaints;

/// <summary>A running total of complaints received in one calendar month (yyyy-MM, UTC) from one province.</summary>
public interface IReceivedComplaintTotal
{
    string Month { get; }
    string ProvinceCode { get; }
}

/// <summary>
/// How many complaints were received in one calendar month (yyyy-MM, UTC) of one category, from one province,
/// with one outcome ("" while undecided), how many of them have been decided and their days from receipt to
/// decision summed. The database keeps these totals itself, with triggers on complaints, so that statistics
/// read a few rows per month instead of every complaint (ADR-018). Nothing in the application writes them.
/// </summary>
public sealed class ReceivedComplaintCount : IReceivedComplaintTotal
{
    private ReceivedComplaintCount() { }

    public string Month { get; private set; } = "";
    public ComplaintCategory Category { get; private set; }
    public string ProvinceCode { get; private set; } = "";
    public string Outcome { get; private set; } = "";
    public int Complaints { get; private set; }
    public int Decided { get; private set; }
    public double DaysToDecide { get; private set; }
}

/// <summary>How many complaints against one agency from one province were received in one calendar month. Kept like <see cref="ReceivedComplaintCount"/>.</summary>
public sealed class AgencyReceivedComplaintCount : IReceivedComplaintTotal
{
    private AgencyReceivedComplaintCount() { }

    public Guid AgencyId { get; private set; }
    public string Month { get; private set; } = "";
    public string ProvinceCode { get; private set; } = "";
    public int Complaints { get; private set; }
}

/// <summary>
/// How many complaints from one province received in one calendar month were decided after a number of tenths of a
/// day (rounded), from which the median time to decide is read. Kept like <see cref="ReceivedComplaintCount"/>.
/// </summary>
public sealed class ComplaintDecisionTime : IReceivedComplaintTotal
{
    private ComplaintDecisionTime() { }

    public string Month { get; private set; } = "";
    public string ProvinceCode { get; private set; } = "";
    public int TenthsOfDays { get; private set; }
    public int Complaints { get; private set; }
}
