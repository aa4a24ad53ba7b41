using Licensing.Domain.Common;

namespace Licensing.Domain.Workers;

/// <summary>A fee the agency charged the worker, with its receipt; amounts in US dollars so they compare with the limit setting.</summary>
public sealed class DeploymentFee : Entity
{
    private DeploymentFee() { }

    internal DeploymentFee(Guid deploymentId, string description, decimal amountUsd, DateOnly paidOn, string receiptNumber, Actor by)
    {
        if (amountUsd <= 0)
        {
            throw new DomainException(ErrorCodes.FeeNotPositive, DomainErrorKind.Invalid);
        }
        DeploymentId = deploymentId;
        Description = description;
        AmountUsd = amountUsd;
        PaidOn = paidOn;
        ReceiptNumber = receiptNumber;
        RecordedAt = by.At;
        RecordedBy = by.Name;
    }

    public Guid DeploymentId { get; private set; }
    public string Description { get; private set; } = "";
    public decimal AmountUsd { get; private set; }
    public DateOnly PaidOn { get; private set; }
    public string ReceiptNumber { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
}
