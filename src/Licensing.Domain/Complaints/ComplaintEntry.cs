using Licensing.Domain.Common;

namespace Licensing.Domain.Complaints;

/// <summary>One line of a complaint's record: a status change, a question, an answer or a note, with who and when.</summary>
public sealed class ComplaintEntry : Entity
{
    private ComplaintEntry() { }

    internal ComplaintEntry(Guid complaintId, ComplaintEntryKind kind, string text, ComplaintStatus status, Actor by)
    {
        ComplaintId = complaintId;
        Kind = kind;
        Text = text;
        Status = status;
        At = by.At;
        ByName = by.Name;
    }

    public Guid ComplaintId { get; private set; }
    public ComplaintEntryKind Kind { get; private set; }
    public string Text { get; private set; } = "";

    /// <summary>The complaint's status once this entry was written.</summary>
    public ComplaintStatus Status { get; private set; }

    public DateTimeOffset At { get; private set; }
    public string ByName { get; private set; } = "";

    public bool VisibleToComplainant => Kind is ComplaintEntryKind.StatusChanged or ComplaintEntryKind.QuestionToComplainant or ComplaintEntryKind.ComplainantInformation;

    public bool VisibleToAgency => Kind is ComplaintEntryKind.StatusChanged or ComplaintEntryKind.QuestionToAgency or ComplaintEntryKind.AgencyAnswer;
}
