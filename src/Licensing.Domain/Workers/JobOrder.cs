using Licensing.Domain.Common;

namespace Licensing.Domain.Workers;

public enum JobOrderStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>What an employer abroad offers and the receiving country's sector, occupation, wage and term.</summary>
public sealed record JobOffer(
    string CountryCode, string EmployerName, string EmployerAddress, string SectorCode, string Occupation,
    int WorkersRequested, decimal MonthlyWage, string Currency, int ContractMonths);

/// <summary>
/// An employer's demand for workers that an agency registers. A licensing officer's approval is
/// the verification that the work is legal (Prakas 046/13): Pending → Approved | Rejected.
/// </summary>
public sealed class JobOrder : AggregateRoot
{
    private JobOrder() { }

    public JobOrder(Guid agencyId, JobOffer offer, Actor by)
    {
        if (offer.WorkersRequested <= 0 || offer.MonthlyWage <= 0 || offer.ContractMonths <= 0)
        {
            throw new DomainException(ErrorCodes.JobOrderInvalid, DomainErrorKind.Invalid);
        }
        AgencyId = agencyId;
        Offer = offer with { CountryCode = offer.CountryCode.ToUpperInvariant(), Currency = offer.Currency.ToUpperInvariant() };
        Status = JobOrderStatus.Pending;
        CreatedAt = by.At;
        CreatedBy = by.Name;
    }

    public Guid AgencyId { get; private set; }
    public JobOffer Offer { get; private set; } = null!;
    public JobOrderStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public string? DecisionNote { get; private set; }

    /// <summary>The officer has verified that the work is legal.</summary>
    public void Approve(string? note, Actor by)
    {
        Decide(JobOrderStatus.Approved, note, by);
        Raise(new JobOrderApproved(this, by.At));
    }

    public void Reject(string reason, Actor by)
    {
        Decide(JobOrderStatus.Rejected, reason, by);
        Raise(new JobOrderRejected(this, by.At));
    }

    private void Decide(JobOrderStatus to, string? note, Actor by)
    {
        if (Status != JobOrderStatus.Pending)
        {
            throw new DomainException(ErrorCodes.JobOrderDecided);
        }
        Status = to;
        DecisionNote = note;
        DecidedAt = by.At;
        DecidedBy = by.Name;
    }
}
