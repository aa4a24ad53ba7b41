using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Common;
using Licensing.Domain.Licences;

namespace Licensing.Application.Licences;

/// <summary>An officer suspends an active licence until an end date, giving the reason; the agency is told.</summary>
public static class SuspendLicence
{
    public sealed record Command(string Reason, DateOnly? Until = null);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000).WithName(_ => LicenceStatusChanges.ReasonName());
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock, BusinessCalendar calendar)
    {
        public Task<LicenceStatus> HandleAsync(Guid id, Command command, CancellationToken cancellationToken) =>
            LicenceStatusChanges.ChangeAsync(db, user, id, officerOnly: true, licence =>
            {
                var until = command.Until ?? throw new DomainException(ErrorCodes.SuspensionEndMissing, DomainErrorKind.Invalid);
                var by = user.AsActor(clock);
                licence.Suspend(command.Reason.Trim(), until, calendar.DateOf(by.At), by);
            }, cancellationToken);
    }
}
