using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Evaluations;

/// <summary>
/// The secretariat opens one agency's evaluation from the due list (<see cref="DueEvaluations"/>): when due, or early
/// if the agency was never evaluated; never a second one within the cycle (R34).
/// </summary>
public static class OpenEvaluation
{
    public sealed record Command(Guid AgencyId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.AgencyId).NotEmpty().WithName(_ => Catalogue.Say(Keys.Agency));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock, BusinessCalendar calendar, RuleSettingsCache rules)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var today = calendar.Today;
            var cycles = await db.DueCyclesAsync(rules, today, command.AgencyId, cancellationToken);
            if (cycles.Count == 0)
            {
                throw new DomainException(ErrorCodes.NotEvaluable);
            }
            var (due, cycle) = cycles[0];
            cycle.EnsureMayOpenOn(today);
            var evaluation = Evaluation.Open(due.AgencyId, cycle.PeriodFrom, today, user.AsActor(clock));
            db.Evaluations.Add(evaluation);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                throw new DomainException(ErrorCodes.EvaluationUnderWay);
            }
            return evaluation.Id;
        }
    }
}
