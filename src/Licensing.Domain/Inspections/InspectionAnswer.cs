using Licensing.Domain.Common;

namespace Licensing.Domain.Inspections;

/// <summary>The inspector's answer to one checklist item, saved as they go.</summary>
public sealed class InspectionAnswer : Entity
{
    private InspectionAnswer() { }

    internal InspectionAnswer(Guid inspectionId, string itemCode, ChecklistAnswer answer, string note, Actor by)
    {
        InspectionId = inspectionId;
        ItemCode = itemCode;
        Record(answer, note, by);
    }

    public Guid InspectionId { get; private set; }
    public string ItemCode { get; private set; } = "";
    public ChecklistAnswer Answer { get; private set; }
    public string Note { get; private set; } = "";
    public DateTimeOffset AnsweredAt { get; private set; }
    public string AnsweredBy { get; private set; } = "";

    internal void Record(ChecklistAnswer answer, string note, Actor by)
    {
        Answer = answer;
        Note = note;
        AnsweredAt = by.At;
        AnsweredBy = by.Name;
    }
}
