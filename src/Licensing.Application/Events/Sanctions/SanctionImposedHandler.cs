using Licensing.Domain.Sanctions;

namespace Licensing.Application.Events.Sanctions;

/// <summary>The agency is told of the sanction, its legal basis, and until when it may appeal.</summary>
public sealed class SanctionImposedHandler(NotificationWriter notifications) : DomainEventHandler<SanctionImposed>
{
    public override Task HandleAsync(SanctionImposed imposed, CancellationToken cancellationToken)
    {
        var sanction = imposed.Sanction;
        return notifications.ToAgencyAsync(sanction.AgencyId,
            $"Sanction: {sanction.Kind} / ទណ្ឌកម្ម",
            $"MLVT imposed a sanction ({sanction.Kind}) effective {sanction.EffectiveFrom:yyyy-MM-dd}. Legal basis: {sanction.LegalBasis}. Reason: {sanction.Reason}. You may appeal until {sanction.AppealDeadline:yyyy-MM-dd}.",
            imposed.At, cancellationToken);
    }
}
