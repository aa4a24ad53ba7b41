using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Workers;

namespace Licensing.Application.Workers;

/// <summary>The agency opens a repatriation case for a worker abroad: why, who asked, who pays.</summary>
public static class OpenRepatriation
{
    public sealed record Command(RepatriationReason? Reason, RepatriationRequester? RequestedBy, RepatriationPayer? PaidBy, string? Notes);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).NotNull().IsInEnum().WithName(_ => Catalogue.Say(Keys.Reason));
            RuleFor(c => c.RequestedBy).NotNull().IsInEnum().WithName(_ => Catalogue.Say(Keys.RequestedBy));
            RuleFor(c => c.PaidBy).NotNull().IsInEnum().WithName(_ => Catalogue.Say(Keys.PaidBy));
            RuleFor(c => c.Notes).MaximumLength(2000).WithName(_ => Catalogue.Say(Keys.Notes));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Guid workerId, Command command, CancellationToken cancellationToken)
        {
            var deployment = await db.LoadOpenDeploymentAsync(user, workerId, cancellationToken);
            var repatriation = deployment.OpenRepatriation(command.Reason!.Value, command.RequestedBy!.Value, command.PaidBy!.Value,
                string.IsNullOrWhiteSpace(command.Notes) ? null : command.Notes.Trim(), user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
            return repatriation.Id;
        }
    }
}
