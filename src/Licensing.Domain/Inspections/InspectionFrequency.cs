namespace Licensing.Domain.Inspections;

/// <summary>
/// Ordinary inspections of every premises and PDOT centre (R8, R9): a site falls due when its last ordinary
/// inspection is older than the frequency (setting inspection.frequency-months); a site never inspected is due already.
/// </summary>
public static class InspectionFrequency
{
    public static DateOnly DueOn(DateOnly? lastOrdinaryVisit, int frequencyMonths) =>
        lastOrdinaryVisit is { } last ? last.AddMonths(frequencyMonths) : DateOnly.MinValue;
}
