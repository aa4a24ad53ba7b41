using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Texts;

namespace Licensing.Application.Evaluations;

/// <summary>
/// A panel member declares a conflict of interest and is excluded from the panel; when the others have all
/// submitted, the result and band are fixed without them.
/// </summary>
public static class DeclareConflict
{
    public sealed record Command(string Reason);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000).WithName(_ => Catalogue.Say(Keys.Reason));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock, RuleSettingsCache rules)
    {
        public async Task HandleAsync(Guid evaluationId, Command command, CancellationToken cancellationToken)
        {
            var evaluation = await db.LoadVisibleEvaluationAsync(user, evaluationId, cancellationToken);
            evaluation.DeclareConflict(user.UserId!.Value, command.Reason.Trim(), (await rules.GetAsync(db, cancellationToken)).EvaluationBandThresholds, user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
