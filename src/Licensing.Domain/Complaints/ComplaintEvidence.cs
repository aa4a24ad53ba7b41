using Licensing.Domain.Common;
using Licensing.Domain.Documents;

namespace Licensing.Domain.Complaints;

/// <summary>A photo or PDF given in support of a complaint.</summary>
public sealed class ComplaintEvidence : Entity
{
    private ComplaintEvidence() { }

    internal ComplaintEvidence(Guid complaintId, StoredDocument file, Actor by)
    {
        ComplaintId = complaintId;
        File = file;
        AddedAt = by.At;
        AddedBy = by.Name;
    }

    public Guid ComplaintId { get; private set; }
    public StoredDocument File { get; private set; } = null!;
    public DateTimeOffset AddedAt { get; private set; }
    public string AddedBy { get; private set; } = "";
}
