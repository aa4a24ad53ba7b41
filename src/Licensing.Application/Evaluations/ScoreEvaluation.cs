using System.Globalization;
using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Texts;
using Licensing.Domain.Evaluations;

namespace Licensing.Application.Evaluations;

/// <summary>
/// A panel member submits their seven scores (1–5, each justified). The last submission fixes the result and band.
/// </summary>
public static class ScoreEvaluation
{
    public sealed record Score(EvaluationCriterion Criterion, int Value, string Justification);

    public sealed record Command(IReadOnlyList<Score> Scores);

    /// <summary>A score's or a justification's message names its criterion, as the form's heading does.</summary>
    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(ITermNames terms)
        {
            RuleFor(c => c.Scores).Cascade(CascadeMode.Stop).NotNull().Must(s => s.Count == Scoring.Criteria.Count && s.All(x => x is not null) && s.Select(x => x.Criterion).Distinct().Count() == s.Count)
                .WithMessage(_ => Catalogue.Say(Keys.ScoreEachOfTheSevenCriteria));
            RuleForEach(c => c.Scores).NotNull().ChildRules(score =>
            {
                score.RuleFor(s => s.Criterion).IsInEnum().WithName(_ => Catalogue.Say(Keys.Criterion));
                score.RuleFor(s => s.Value).InclusiveBetween(Scoring.Lowest, Scoring.Highest)
                    .WithName(s => $"{Catalogue.Say(Keys.Score)} ({Criterion(terms, s.Criterion)})");
                score.RuleFor(s => s.Justification).NotEmpty().MaximumLength(2000)
                    .WithName(s => $"{Catalogue.Say(Keys.Justification)} ({Criterion(terms, s.Criterion)})");
            }).When(c => c.Scores is not null);
        }

        private static string Criterion(ITermNames terms, EvaluationCriterion criterion) => terms.Of(criterion.ToString()).In(CultureInfo.CurrentUICulture.Name);
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock, RuleSettingsCache rules)
    {
        public async Task SubmitAsync(Guid evaluationId, Command command, CancellationToken cancellationToken)
        {
            var evaluation = await db.LoadVisibleEvaluationAsync(user, evaluationId, cancellationToken);
            var scorecard = command.Scores.Select(s => new CriterionScoreDraft(s.Criterion, s.Value, s.Justification)).ToList();
            evaluation.Submit(user.UserId!.Value, scorecard, (await rules.GetAsync(db, cancellationToken)).EvaluationBandThresholds, user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
