using Licensing.Domain.Common;

namespace Licensing.Domain.Disappearances;

/// <summary>A note posted on a case by one of the parties.</summary>
public sealed class CaseUpdate : Entity
{
    private CaseUpdate() { }

    internal CaseUpdate(Guid caseId, CaseParty party, UpdateKind kind, string text, Actor by, bool sharedWithFamily)
    {
        CaseId = caseId;
        Party = party;
        Kind = kind;
        Text = text;
        PostedAt = by.At;
        AuthorUserId = by.UserId;
        AuthorName = by.Name;
        SharedWithFamily = sharedWithFamily;
    }

    public Guid CaseId { get; private set; }
    public CaseParty Party { get; private set; }
    public UpdateKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public DateTimeOffset PostedAt { get; private set; }
    public Guid? AuthorUserId { get; private set; }
    public string AuthorName { get; private set; } = "";

    /// <summary>Shown to the reporting family on its tracking page (its own additions, and news an officer chose to share).</summary>
    public bool SharedWithFamily { get; private set; }
}
