using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Common;

namespace Licensing.Application.Disappearances;

/// <summary>An officer acknowledges the case for their body (embassy, Interior or MLVT); acknowledging twice changes nothing.</summary>
public static class AcknowledgeDisappearance
{
    public sealed record Acknowledged(DateTimeOffset AcknowledgedAt, string AcknowledgedBy, bool ThisRequest);

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<Acknowledged> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var body = user.BodyOf() ?? throw new DomainException(ErrorCodes.NotARecipient, DomainErrorKind.NotFound);
            var report = await db.LoadCaseAsync(user, id, cancellationToken);
            var by = user.AsActor(clock);
            var changed = report.Acknowledge(body, by);
            if (changed) await db.SaveChangesAsync(cancellationToken);
            var recipient = report.RecipientFor(body);
            return new Acknowledged(recipient.AcknowledgedAt!.Value, recipient.AcknowledgedByName!, changed);
        }
    }
}
