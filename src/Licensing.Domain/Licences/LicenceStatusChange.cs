using Licensing.Domain.Common;

namespace Licensing.Domain.Licences;

/// <summary>One step of a licence's status history: from, to, why, who and when.</summary>
public sealed class LicenceStatusChange : Entity
{
    private LicenceStatusChange() { }

    internal LicenceStatusChange(Guid licenceId, LicenceStatus from, LicenceStatus to, string reason, Actor by)
    {
        LicenceId = licenceId;
        From = from;
        To = to;
        Reason = reason;
        At = by.At;
        ByUserId = by.UserId;
        ByName = by.Name;
    }

    public Guid LicenceId { get; private set; }
    public LicenceStatus From { get; private set; }
    public LicenceStatus To { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public Guid? ByUserId { get; private set; }
    public string ByName { get; private set; } = "";
}
