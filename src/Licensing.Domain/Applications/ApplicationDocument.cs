using Licensing.Domain.Common;
using Licensing.Domain.Documents;

namespace Licensing.Domain.Applications;

/// <summary>A document uploaded for one requirement of the checklist; the file itself lives in the file store.</summary>
public sealed class ApplicationDocument : Entity
{
    private ApplicationDocument() { }

    internal ApplicationDocument(Guid applicationId, string requirementCode, StoredDocument file, Actor by)
    {
        ApplicationId = applicationId;
        RequirementCode = requirementCode;
        File = file;
        UploadedAt = by.At;
        UploadedBy = by.Name;
    }

    public Guid ApplicationId { get; private set; }
    public string RequirementCode { get; private set; } = "";
    public StoredDocument File { get; private set; } = null!;
    public DateTimeOffset UploadedAt { get; private set; }
    public string UploadedBy { get; private set; } = "";
}
