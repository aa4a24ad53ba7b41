using Licensing.Domain.Common;
using static Licensing.Domain.Common.Rule;

namespace Licensing.Domain.Licences;

/// <summary>
/// The licence of one legal entity (Prakas 047/13). It is bound to the agency's commercial
/// registration number and cannot be transferred. Active → Suspended → Active;
/// Active/Suspended → Revoked (final unless an appeal annuls it); Active/Suspended → Expired at expiry unless a renewal is
/// under review; Active → Surrendered.
/// </summary>
public sealed class Licence : AggregateRoot
{
    private readonly List<LicenceStatusChange> _history = [];

    private Licence() { }

    private Licence(string number, Guid agencyId, string registrationNumber, DateOnly issuedOn, DateOnly expiresOn)
    {
        Number = number;
        AgencyId = agencyId;
        RegistrationNumber = registrationNumber;
        IssuedOn = issuedOn;
        ExpiresOn = expiresOn;
        Status = LicenceStatus.Active;
    }

    public string Number { get; private set; } = "";
    public Guid AgencyId { get; private set; }
    public string RegistrationNumber { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }
    public DateOnly ExpiresOn { get; private set; }
    public LicenceStatus Status { get; private set; }
    public string? StatusReason { get; private set; }
    public DateOnly? SuspendedUntil { get; private set; }

    /// <summary>Past its expiry date but kept Active because a renewal is under review.</summary>
    public bool RenewalPending { get; private set; }

    public IReadOnlyList<LicenceStatusChange> History => _history;

    public static string FormatNumber(int year, int sequence) => NumberSeries.Licence.Number(year, sequence).ToString();

    public static Licence Issue(Guid agencyId, string registrationNumber, DateOnly issuedOn, int termMonths, int sequence) =>
        new(FormatNumber(issuedOn.Year, sequence), agencyId, registrationNumber, issuedOn, issuedOn.AddMonths(termMonths));

    public void Suspend(string reason, DateOnly until, DateOnly today, Actor by)
    {
        Require(Status == LicenceStatus.Active, ErrorCodes.LicenceNotActive);
        if (until <= today)
        {
            throw new DomainException(ErrorCodes.SuspensionEndNotFuture, DomainErrorKind.Invalid);
        }
        SuspendedUntil = until;
        ChangeStatus(LicenceStatus.Suspended, reason, by);
        Raise(new LicenceStatusChanged(this, by.At));
    }

    public void Reinstate(string reason, Actor by)
    {
        Require(Status == LicenceStatus.Suspended, ErrorCodes.LicenceNotSuspended);
        SuspendedUntil = null;
        ChangeStatus(LicenceStatus.Active, reason, by);
        Raise(new LicenceStatusChanged(this, by.At));
    }

    /// <summary>An upheld appeal annuls the suspension or revocation that changed the licence.</summary>
    public void ReinstateOnAppeal(string reason, Actor by)
    {
        Require(Status is LicenceStatus.Suspended or LicenceStatus.Revoked, ErrorCodes.LicenceNotSanctioned);
        SuspendedUntil = null;
        ChangeStatus(LicenceStatus.Active, reason, by);
        Raise(new LicenceReinstatedOnAppeal(this, by.At));
    }

    /// <summary>The daily sweep ends a suspension whose end date has passed.</summary>
    public bool EndSuspensionIfDue(DateOnly today, Actor by)
    {
        if (Status != LicenceStatus.Suspended || SuspendedUntil is not { } until || today < until) return false;
        SuspendedUntil = null;
        ChangeStatus(LicenceStatus.Active, $"Suspension ended on {until:yyyy-MM-dd}", by);
        Raise(new LicenceSuspensionEnded(this, today, by.At));
        return true;
    }

    public void Revoke(string reason, Actor by)
    {
        Require(IsHeld, ErrorCodes.LicenceNotRevocable);
        SuspendedUntil = null;
        ChangeStatus(LicenceStatus.Revoked, reason, by);
        Raise(new LicenceStatusChanged(this, by.At));
    }

    public void Surrender(string reason, Actor by)
    {
        Require(Status == LicenceStatus.Active, ErrorCodes.LicenceNotActive);
        ChangeStatus(LicenceStatus.Surrendered, reason, by);
        Raise(new LicenceStatusChanged(this, by.At));
    }

    /// <summary>The daily expiry sweep: past its expiry date, a licence expires unless a renewal is under review.</summary>
    public bool ExpireIfDue(DateOnly today, bool renewalUnderReview, Actor by)
    {
        if (today <= ExpiresOn || !IsHeld) return false;
        if (renewalUnderReview)
        {
            RenewalPending = true;
            return false;
        }
        RenewalPending = false;
        SuspendedUntil = null;
        ChangeStatus(LicenceStatus.Expired, "Reached its expiry date", by);
        Raise(new LicenceExpired(this, by.At));
        return true;
    }

    /// <summary>An approved renewal extends the term from the current expiry date, not from today.</summary>
    public void Renew(int termMonths)
    {
        Require(CanBeRenewed, ErrorCodes.LicenceNotRenewable);
        ExpiresOn = ExpiresOn.AddMonths(termMonths);
        RenewalPending = false;
    }

    public bool CanBeRenewed => IsHeld;

    /// <summary>Whether its company holds it (<see cref="OneLicencePerCompany.HoldingStatuses"/>): only such a licence is revoked, expires or is renewed.</summary>
    public bool IsHeld => OneLicencePerCompany.Holds(Status);

    /// <summary>The first day a renewal may be begun or submitted: the window's days before expiry.</summary>
    public static DateOnly RenewalWindowOpensOn(DateOnly expiresOn, int windowDays) => expiresOn.AddDays(-windowDays);

    /// <summary>A renewal can be begun and submitted only inside the window before expiry (or while it is pending).</summary>
    public void EnsureRenewalWindowOpen(DateOnly today, int windowDays)
    {
        Require(CanBeRenewed, ErrorCodes.LicenceNotRenewable);
        var opensOn = RenewalWindowOpensOn(ExpiresOn, windowDays);
        if (today < opensOn)
        {
            throw new DomainException(ErrorCodes.RenewalWindowClosed, DomainErrorKind.Invalid, windowDays, opensOn);
        }
    }

    public int DaysToExpiry(DateOnly today) => ExpiresOn.DayNumber - today.DayNumber;

    private void ChangeStatus(LicenceStatus to, string reason, Actor by)
    {
        _history.Add(new LicenceStatusChange(Id, Status, to, reason, by));
        Status = to;
        StatusReason = reason;
    }
}
