using Licensing.Domain.Common;
using Licensing.Domain.Documents;

namespace Licensing.Domain.Inspections;

/// <summary>A photo (or scanned document) the inspector took as evidence for one checklist item.</summary>
public sealed class InspectionPhoto : Entity
{
    private InspectionPhoto() { }

    internal InspectionPhoto(Guid inspectionId, string itemCode, StoredDocument file, Actor by)
    {
        InspectionId = inspectionId;
        ItemCode = itemCode;
        File = file;
        UploadedAt = by.At;
        UploadedBy = by.Name;
    }

    public Guid InspectionId { get; private set; }
    public string ItemCode { get; private set; } = "";
    public StoredDocument File { get; private set; } = null!;
    public DateTimeOffset UploadedAt { get; private set; }
    public string UploadedBy { get; private set; } = "";
}
