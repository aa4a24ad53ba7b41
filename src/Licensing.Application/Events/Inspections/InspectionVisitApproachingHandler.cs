using Licensing.Domain.Inspections;

namespace Licensing.Application.Events.Inspections;

/// <summary>The team is reminded of its visit, once per date and threshold.</summary>
public sealed class InspectionVisitApproachingHandler(NotificationWriter notifications) : DomainEventHandler<InspectionVisitApproaching>
{
    public override Task HandleAsync(InspectionVisitApproaching visit, CancellationToken cancellationToken)
    {
        var key = $"inspection-inspector:{visit.InspectionId}:{visit.Date:yyyyMMdd}:{visit.Threshold}";
        notifications.Once(visit.Team.SelectMany(member => OutboxNotices.ToUser(member.Id, member.Name,
            $"Inspection on {visit.Date:yyyy-MM-dd} / អធិការកិច្ចថ្ងៃ {visit.Date:yyyy-MM-dd}", $"You inspect {visit.Where} in {visit.DaysLeft} day(s).", visit.At, $"{key}:{member.Id}")).ToList());
        return Task.CompletedTask;
    }
}
