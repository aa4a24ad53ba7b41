using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Sanctions;
using Licensing.Application.Texts;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Licensing.Domain.Evaluations;
using Licensing.Domain.Sanctions;

namespace Licensing.Application.Evaluations;

/// <summary>
/// An MLVT decision-maker records the outcome of a scored evaluation: rewards, no action, or a
/// sanction (a written warning is the "warning" outcome, any other kind a penalty). An outcome
/// other than the band's suggestion needs a reason. A sanction goes through <see cref="SanctionEffects"/>, as an officer's does.
/// </summary>
public static class DecideEvaluation
{
    public sealed record Penalty(SanctionKind Kind, decimal? FineAmountUsd, int? SuspensionMonths, string LegalBasis, DateOnly? EffectiveFrom);

    public sealed record Command(EvaluationOutcome Outcome, string? Reason, IReadOnlyList<RewardKind>? Rewards = null, Penalty? Sanction = null);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Outcome).IsInEnum().WithName(_ => Catalogue.Say(Keys.Outcome));
            RuleFor(c => c.Reason).MaximumLength(2000).WithName(_ => Catalogue.Say(Keys.Reason));
            RuleFor(c => c.Rewards).NotEmpty().When(c => c.Outcome == EvaluationOutcome.Reward).WithName(_ => Catalogue.Say(Keys.Rewards));
            RuleForEach(c => c.Rewards).IsInEnum().WithName(_ => Catalogue.Say(Keys.Rewards));
            RuleFor(c => c.Sanction).NotNull().When(c => c.Outcome is EvaluationOutcome.Warning or EvaluationOutcome.Penalty).WithName(_ => Catalogue.Say(Keys.Sanction));
            RuleFor(c => c.Sanction).Null().When(c => c.Outcome is EvaluationOutcome.Reward or EvaluationOutcome.NoAction).WithName(_ => Catalogue.Say(Keys.Sanction));
            RuleFor(c => c.Sanction!.Kind).Must((c, kind) => (kind == SanctionKind.WrittenWarning) == (c.Outcome == EvaluationOutcome.Warning)).IsInEnum()
                .When(c => c.Sanction is not null && c.Outcome is EvaluationOutcome.Warning or EvaluationOutcome.Penalty)
                .WithMessage(_ => Catalogue.Say(Keys.AWarningOutcomeIsAWritten));
            RuleFor(c => c.Sanction!.LegalBasis).NotEmpty().MaximumLength(500).When(c => c.Sanction is not null)
                .WithName(_ => Catalogue.Say(Keys.LegalBasis));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, SanctionEffects sanctions, TimeProvider clock, BusinessCalendar calendar)
    {
        public async Task<Guid?> HandleAsync(Guid evaluationId, Command command, CancellationToken cancellationToken)
        {
            var evaluation = await db.LoadVisibleEvaluationAsync(user, evaluationId, cancellationToken);
            var by = user.AsActor(clock);
            evaluation.Decide(command.Outcome, command.Reason, by);
            var reason = command.Reason?.Trim() is { Length: > 0 } given ? given : $"Prakas 251 evaluation {evaluation.PeriodFrom:yyyy}–{evaluation.PeriodTo:yyyy}: {evaluation.Band}";
            Guid? sanctionId = null;
            if (command.Outcome == EvaluationOutcome.Reward)
            {
                foreach (var kind in command.Rewards!.Distinct()) db.Rewards.Add(new Reward(evaluation.AgencyId, evaluation.Id, kind, reason, by));
            }
            if (command.Sanction is { } penalty)
            {
                var today = calendar.DateOf(by.At);
                var terms = new SanctionTerms(penalty.Kind, penalty.FineAmountUsd, penalty.SuspensionMonths, penalty.LegalBasis, reason, penalty.EffectiveFrom ?? today);
                sanctionId = (await sanctions.ImposeAsync(evaluation.AgencyId, SanctionSource.Evaluation, evaluation.Id, terms, cancellationToken)).Id;
            }
            await db.SaveChangesAsync(cancellationToken);
            return sanctionId;
        }
    }
}
