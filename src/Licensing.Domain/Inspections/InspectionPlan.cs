using Licensing.Domain.Common;

namespace Licensing.Domain.Inspections;

/// <summary>The ordinary inspections of one period (a calendar year), generated from the register.</summary>
public sealed class InspectionPlan : AggregateRoot
{
    private InspectionPlan() { }

    public InspectionPlan(int year, Actor by)
    {
        Year = year;
        CreatedAt = by.At;
        CreatedBy = by.Name;
    }

    public int Year { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
}
