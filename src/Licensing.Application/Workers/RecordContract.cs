using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Workers;

/// <summary>The placement contract on the worker's open deployment: the Prakas 253 clauses the agency checked it contains.</summary>
public static class RecordContract
{
    public sealed record Command(DateOnly? SignedOn, IReadOnlyList<string>? Clauses);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.SignedOn).NotNull().WithName(_ => Catalogue.Say(Keys.SignedOn));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task HandleAsync(Guid workerId, Command command, CancellationToken cancellationToken)
        {
            var deployment = await db.LoadOpenDeploymentAsync(user, workerId, cancellationToken);
            var ticked = command.Clauses ?? [];
            var known = await db.ContractClauses.Where(c => c.Active).Select(c => c.Code).ToListAsync(cancellationToken);
            if (ticked.FirstOrDefault(code => !known.Contains(code)) is { } unknown)
            {
                throw new DomainException(ErrorCodes.ClauseUnknown, DomainErrorKind.Invalid, unknown);
            }
            deployment.RecordContract(new PlacementContract(command.SignedOn!.Value, string.Join(',', ticked)));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
