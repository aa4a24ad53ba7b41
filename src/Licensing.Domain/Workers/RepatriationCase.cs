using Licensing.Domain.Common;

namespace Licensing.Domain.Workers;

public enum RepatriationReason
{
    ContractEnd,
    Termination,
    Illness,
    Abuse,
    Death,
    Emergency,
}

public enum RepatriationRequester
{
    Worker,
    Family,
    Employer,
    Agency,
    Embassy,
    Ministry,
}

public enum RepatriationPayer
{
    Employer,
    Agency,
    Worker,
    Government,
    Other,
}

public enum RepatriationStatus
{
    Requested,
    InProgress,
    Completed,
    Cancelled,
}

/// <summary>Bringing a worker home before or at the end of the contract (Prakas 252): why, who asked, who pays, where it stands.</summary>
public sealed class RepatriationCase : Entity
{
    private RepatriationCase() { }

    internal RepatriationCase(Guid deploymentId, RepatriationReason reason, RepatriationRequester requestedBy, RepatriationPayer paidBy, string? notes, Actor by)
    {
        DeploymentId = deploymentId;
        Reason = reason;
        RequestedBy = requestedBy;
        PaidBy = paidBy;
        Notes = notes;
        Status = RepatriationStatus.Requested;
        OpenedAt = by.At;
        OpenedBy = by.Name;
    }

    public Guid DeploymentId { get; private set; }
    public RepatriationReason Reason { get; private set; }
    public RepatriationRequester RequestedBy { get; private set; }
    public RepatriationPayer PaidBy { get; private set; }
    public string? Notes { get; private set; }
    public RepatriationStatus Status { get; private set; }
    public DateOnly? ReturnDate { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public string OpenedBy { get; private set; } = "";

    public bool IsOpen => Status is RepatriationStatus.Requested or RepatriationStatus.InProgress;

    internal void Update(RepatriationStatus status, DateOnly? returnDate, string? notes)
    {
        if (!IsOpen)
        {
            throw new DomainException(ErrorCodes.RepatriationClosed);
        }
        if (status == RepatriationStatus.Completed && returnDate is null)
        {
            throw new DomainException(ErrorCodes.ReturnDateMissing, DomainErrorKind.Invalid);
        }
        Status = status;
        ReturnDate = returnDate ?? ReturnDate;
        Notes = notes ?? Notes;
    }
}
