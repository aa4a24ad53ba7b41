using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Licences;

namespace Licensing.Application.Licences;

/// <summary>An officer reinstates a suspended licence, giving the reason; the agency is told.</summary>
public static class ReinstateLicence
{
    public sealed record Command(string Reason);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000).WithName(_ => LicenceStatusChanges.ReasonName());
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public Task<LicenceStatus> HandleAsync(Guid id, Command command, CancellationToken cancellationToken) =>
            LicenceStatusChanges.ChangeAsync(db, user, id, officerOnly: true, licence => licence.Reinstate(command.Reason.Trim(), user.AsActor(clock)), cancellationToken);
    }
}
