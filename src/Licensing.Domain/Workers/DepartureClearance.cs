using Licensing.Domain.Common;

namespace Licensing.Domain.Workers;

/// <summary>Valid until used for the departure, or until it lapses unused past its last day, or is voided.</summary>
public enum ClearanceStatus
{
    Valid,
    Used,
    Lapsed,
    Void,
}

/// <summary>
/// The system's decision that a worker may depart (R32): issued only when the whole pre-departure gate holds on
/// the day it is asked for, valid from that day to <see cref="ValidUntil"/>, used once by the departure. A
/// suspended or revoked licence voids it. At most one is valid per deployment (<see cref="OpenSlot"/>).
/// </summary>
public sealed class DepartureClearance : AggregateRoot
{
    private DepartureClearance() { }

    private DepartureClearance(Deployment deployment, string number, DateOnly issuedOn, DateOnly validUntil, Actor by)
    {
        Number = number;
        DeploymentId = deployment.Id;
        WorkerId = deployment.WorkerId;
        AgencyId = deployment.AgencyId;
        CountryCode = deployment.CountryCode;
        IssuedOn = issuedOn;
        ValidUntil = validUntil;
        IssuedAt = by.At;
        IssuedBy = by.Name;
        Status = ClearanceStatus.Valid;
        OpenSlot = deployment.Id.ToString();
    }

    public string Number { get; private set; } = "";
    public Guid DeploymentId { get; private set; }
    public Guid WorkerId { get; private set; }
    public Guid AgencyId { get; private set; }
    public string CountryCode { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }
    public DateOnly ValidUntil { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    public string IssuedBy { get; private set; } = "";
    public ClearanceStatus Status { get; private set; }

    /// <summary>The deployment's id while the clearance is valid, null afterwards: a unique index allows one valid clearance per deployment.</summary>
    public string? OpenSlot { get; private set; }
    public DateOnly? UsedOn { get; private set; }
    public string? VoidReason { get; private set; }

    public static string FormatNumber(int year, int sequence) => NumberSeries.Clearance.Number(year, sequence).ToString();

    /// <summary>
    /// Judges the whole gate on <paramref name="today"/> (the Phnom Penh date of the request) and issues the clearance,
    /// or refuses naming every unmet condition.
    /// </summary>
    public static DepartureClearance Issue(Deployment deployment, DepartureContext context, string number, DateOnly today, Actor by)
    {
        if (deployment.Status != DeploymentStatus.Preparing)
        {
            throw new DomainException(ErrorCodes.WorkerDeparted);
        }
        var facts = deployment.FactsOn(context, today);
        var missing = PreDepartureGate.Missing(facts);
        if (missing.Count > 0)
        {
            throw new DomainException(ErrorCodes.ClearanceRefused)
            {
                Details = missing,
            };
        }
        return new DepartureClearance(deployment, number, today, PreDepartureGate.LastDayToDepart(facts), by);
    }

    /// <summary>The status as of <paramref name="today"/>: a valid clearance past its last day is lapsed even before the daily sweep marks it.</summary>
    public ClearanceStatus StatusOn(DateOnly today) => Status == ClearanceStatus.Valid && today > ValidUntil ? ClearanceStatus.Lapsed : Status;

    /// <summary>
    /// The departure on <paramref name="departedOn"/> uses the clearance. A departure within its validity recorded after
    /// the sweep lapsed it still counts: it was used in time.
    /// </summary>
    internal void Use(DateOnly departedOn)
    {
        if (Status is ClearanceStatus.Used or ClearanceStatus.Void)
        {
            throw new DomainException(ErrorCodes.ClearanceNotValid, DomainErrorKind.Conflict, Number, Status);
        }
        if (departedOn < IssuedOn)
        {
            throw new DomainException(ErrorCodes.DepartureBeforeClearance, DomainErrorKind.Invalid, Number, IssuedOn);
        }
        if (departedOn > ValidUntil)
        {
            throw new DomainException(ErrorCodes.ClearanceLapsed, DomainErrorKind.Conflict, Number, ValidUntil);
        }
        Status = ClearanceStatus.Used;
        UsedOn = departedOn;
        OpenSlot = null;
    }

    /// <summary>The daily sweep: an unused clearance past its last day lapses. Returns whether it did.</summary>
    public bool LapseIfDue(DateOnly today)
    {
        if (StatusOn(today) != ClearanceStatus.Lapsed || Status == ClearanceStatus.Lapsed) return false;
        Status = ClearanceStatus.Lapsed;
        OpenSlot = null;
        return true;
    }

    /// <summary>The agency's licence was suspended or revoked: an unused clearance no longer allows a departure.</summary>
    public void Void(string reason)
    {
        if (Status != ClearanceStatus.Valid) return;
        Status = ClearanceStatus.Void;
        VoidReason = reason;
        OpenSlot = null;
    }
}
