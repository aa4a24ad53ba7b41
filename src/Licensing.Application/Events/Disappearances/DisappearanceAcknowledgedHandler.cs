using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;

namespace Licensing.Application.Events.Disappearances;

/// <summary>Every body of the case sees live that one of them acknowledged it; nothing is sent by other channels.</summary>
public sealed class DisappearanceAcknowledgedHandler(ILicensingDb db) : DomainEventHandler<DisappearanceAcknowledged>
{
    public override Task HandleAsync(DisappearanceAcknowledged acknowledged, CancellationToken cancellationToken)
    {
        var report = acknowledged.Case;
        var name = CaseNotices.BodyName(acknowledged.BodyKey);
        db.AlertBodies(report, AlertKind.Acknowledged,
            new LocalizedText($"{name.Km} បានទទួលស្គាល់ករណី {report.Number}", $"{name.En} acknowledged case {report.Number}"), acknowledged.At);
        return Task.CompletedTask;
    }
}
