using Licensing.Application.Texts;
using Licensing.Domain.Disappearances;

namespace Licensing.Application.Events.Disappearances;

/// <summary>
/// The family's case number and PIN by SMS in the language of its form, through the outbox (whose SMS channel forgets
/// the text once sent).
/// </summary>
public sealed class FamilyPinIssuedHandler(NotificationWriter notifications) : DomainEventHandler<FamilyPinIssued>
{
    public override Task HandleAsync(FamilyPinIssued issued, CancellationToken cancellationToken)
    {
        notifications.Sms(issued.Phone, Catalogue.Both(Keys.MissingCasePinSms, issued.Number, issued.Pin), issued.Language, issued.At);
        return Task.CompletedTask;
    }
}
