using Licensing.Domain.Inspections;

namespace Licensing.Application.Events.Inspections;

/// <summary>Each inspector of the team is told the date and the site of the visit.</summary>
public sealed class InspectionScheduledHandler(NotificationWriter notifications) : DomainEventHandler<InspectionScheduled>
{
    public override Task HandleAsync(InspectionScheduled scheduled, CancellationToken cancellationToken)
    {
        var (inspection, date) = (scheduled.Inspection, scheduled.Inspection.ScheduledOn);
        foreach (var member in scheduled.Team)
        {
            notifications.ToUser(member.Id, member.Name, $"Inspection scheduled on {date:yyyy-MM-dd} / អធិការកិច្ចកំណត់ថ្ងៃ {date:yyyy-MM-dd}",
                $"{inspection.Site.Kind}: {inspection.Site.Address} ({inspection.Site.ProvinceCode}).", scheduled.At);
        }
        return Task.CompletedTask;
    }
}
