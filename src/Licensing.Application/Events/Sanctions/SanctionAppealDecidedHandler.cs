using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Sanctions;

namespace Licensing.Application.Events.Sanctions;

/// <summary>The agency is told how its appeal was decided, and why.</summary>
public sealed class SanctionAppealDecidedHandler(ReferenceNames names, NotificationWriter notifications) : DomainEventHandler<SanctionAppealDecided>
{
    public override Task HandleAsync(SanctionAppealDecided decided, CancellationToken cancellationToken)
    {
        var sanction = decided.Sanction;
        var kind = names.Term(sanction.Kind);
        var outcome = sanction.AppealOutcome is { } decision ? names.Term(decision) : (object)"-";
        return notifications.ToAgencyAsync(sanction.AgencyId, new NoticeText(
            Catalogue.Both(Keys.AppealDecidedTitle),
            Catalogue.Both(Keys.AppealDecidedBody, kind, sanction.DecidedOn, outcome, sanction.AppealDecisionReason)),
            decided.At, cancellationToken);
    }
}
