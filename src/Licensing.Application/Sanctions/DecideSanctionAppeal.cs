using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Sanctions;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Sanctions;

/// <summary>
/// A decision-maker upholds an appeal (the sanction is annulled and the licence restored) or
/// dismisses it; the agency is told (SanctionAppealDecided).
/// </summary>
public static class DecideSanctionAppeal
{
    public sealed record Command(AppealOutcome Outcome, string Reason);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Outcome).IsInEnum().WithName(_ => Catalogue.Say(Keys.Outcome));
            RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000).WithName(_ => Catalogue.Say(Keys.Reason));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, SanctionEffects effects, TimeProvider clock)
    {
        public async Task HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var sanction = await db.Sanctions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw DomainException.NotFound();
            var by = user.AsActor(clock);
            if (sanction.DecideAppeal(command.Outcome, command.Reason, by)) await effects.RestoreLicenceAsync(sanction, by, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
