using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;

namespace Licensing.Application.Inspections;

/// <summary>The chief inspector cancels a visit, giving the reason.</summary>
public static class CancelInspection
{
    public sealed record Command(string Reason);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000).WithName(_ => Catalogue.Say(Keys.Reason));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var inspection = await db.LoadVisibleAsync(user, id, cancellationToken);
            inspection.Cancel(command.Reason.Trim(), user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
