using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
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
        public Validator() => RuleFor(c => c.AgencyId).NotEmpty().WithName(_ => Text.Pick("Agency", "ភ្នាក់ងារ"));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock, BusinessCalendar calendar, RuleSettingsCache rules)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var today = calendar.Today;
            var cycles = await db.DueCyclesAsync(rules, today, command.AgencyId, cancellationToken);
            if (cycles.Count == 0)
            {
                throw new DomainException(ErrorCodes.NotEvaluable, new LocalizedText(
                    "ភ្នាក់ងារនេះគ្មានអាជ្ញាប័ណ្ណ ឬមានការវាយតម្លៃកំពុងដំណើរការរួចហើយ។",
                    "This agency holds no licence or already has an evaluation under way."));
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
                throw new DomainException(ErrorCodes.EvaluationUnderWay, new LocalizedText(
                    "ការវាយតម្លៃរបស់ភ្នាក់ងារនេះទើបតែត្រូវបានបើក។", "An evaluation of this agency was opened just now."));
            }
            return evaluation.Id;
        }
    }
}
