using Licensing.Domain.Common;
using Licensing.Domain.Documents;

namespace Licensing.Domain.Inspections;

/// <summary>
/// A non-compliant checklist item: its severity, the corrective action the agency must take by
/// the due date, the agency's evidence, and whether a follow-up verified it. Critical findings
/// are flagged for a sanction decision.
/// </summary>
public sealed class Finding : Entity
{
    private Finding() { }

    internal Finding(Guid inspectionId, string itemCode, FindingSeverity severity, string description, string correctiveAction, DateOnly dueOn)
    {
        InspectionId = inspectionId;
        ItemCode = itemCode;
        Severity = severity;
        Description = description;
        CorrectiveAction = correctiveAction;
        DueOn = dueOn;
        Status = FindingStatus.Open;
    }

    public Guid InspectionId { get; private set; }
    public string ItemCode { get; private set; } = "";
    public FindingSeverity Severity { get; private set; }
    public string Description { get; private set; } = "";
    public string CorrectiveAction { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    public FindingStatus Status { get; private set; }
    public string? EvidenceNote { get; private set; }
    public StoredDocument? Evidence { get; private set; }
    public DateTimeOffset? EvidenceSubmittedAt { get; private set; }
    public DateTimeOffset? VerifiedAt { get; private set; }

    public bool FlaggedForSanction => Severity == FindingSeverity.Critical;

    public bool IsOverdue(DateOnly today) => Status == FindingStatus.Open && today > DueOn;

    internal void SubmitEvidence(string note, StoredDocument? file, DateTimeOffset at)
    {
        if (Status == FindingStatus.Verified)
        {
            throw new DomainException(ErrorCodes.FindingVerified);
        }
        EvidenceNote = note;
        Evidence = file ?? Evidence;
        EvidenceSubmittedAt = at;
        Status = FindingStatus.EvidenceSubmitted;
    }

    internal void Verify(DateTimeOffset at)
    {
        Status = FindingStatus.Verified;
        VerifiedAt = at;
    }
}
