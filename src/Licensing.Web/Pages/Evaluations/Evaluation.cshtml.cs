using Licensing.Application.Abstractions;
using Licensing.Application.Agencies;
using Licensing.Application.Common;
using Licensing.Application.Evaluations;
using Licensing.Application.Texts;
using Licensing.Domain.Evaluations;
using Licensing.Domain.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web.Pages.Evaluations;

/// <summary>
/// One evaluation: the secretariat seats the panel, a panel member scores with the evidence
/// beside the criteria (or declares a conflict), a decision-maker records the outcome.
/// </summary>
public sealed class EvaluationModel(
    GetEvaluation.Handler get, EvaluationEvidence.Handler evidence, ComposePanel.Handler panel, ICurrentUser user, BusinessCalendar calendar) : PageModel
{
    public GetEvaluation.Detail Evaluation { get; private set; } = null!;
    public EvaluationEvidence.Evidence? Evidence { get; private set; }
    public IReadOnlyList<ComposePanel.Candidate> Candidates { get; private set; } = [];

    public ComposePanel.Command Seat { get; } = new(UserId: Guid.Empty);
    public DeclareConflict.Command Conflict { get; } = new(Reason: "");
    /// <summary>One line per criterion, in the order the score form lists them.</summary>
    public ScoreEvaluation.Command Scorecard { get; } = new(Scores: Scoring.Criteria.Select(c => new ScoreEvaluation.Score(Criterion: c, Value: 0, Justification: "")).ToList());
    public DecideEvaluation.Command Decision { get; private set; } = null!;

    public bool Secretariat => user.IsLicensingOfficer();
    public bool CanScore => Evaluation is { IAmSitting: true, ISubmitted: false, Status: EvaluationStatus.Scoring };
    public bool CanSeat => Secretariat && Evaluation.Status is EvaluationStatus.AwaitingPanel or EvaluationStatus.Scoring;
    public bool CanDecide => Secretariat && Evaluation.Status == EvaluationStatus.Scored;

    public Task OnGetAsync(Guid id, CancellationToken ct) => LoadAsync(id, ct);

    public Task<IActionResult> OnPostSeatAsync(Guid id, [Bind(Prefix = nameof(Seat))] ComposePanel.Command seat, CancellationToken ct) =>
        RunAsync(id, () => panel.HandleAsync(id, seat, ct), Catalogue.Say(Keys.TheMemberWasSeatedOnThe), ct);

    public Task<IActionResult> OnPostScoresAsync(Guid id, [Bind(Prefix = nameof(Scorecard))] ScoreEvaluation.Command scorecard, [FromServices] ScoreEvaluation.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.SubmitAsync(id, scorecard, ct), Catalogue.Say(Keys.YourScoresWereSubmitted), ct);

    public Task<IActionResult> OnPostConflictAsync(Guid id, [Bind(Prefix = nameof(Conflict))] DeclareConflict.Command conflict, [FromServices] DeclareConflict.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, conflict, ct), Catalogue.Say(Keys.YourConflictOfInterestWasRecorded), ct);

    public Task<IActionResult> OnPostDecideAsync(Guid id, [Bind(Prefix = nameof(Decision))] DecideEvaluation.Command decision, [FromServices] DecideEvaluation.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, decision, ct), Catalogue.Say(Keys.TheDecisionWasRecorded), ct);

    private Task<IActionResult> RunAsync(Guid id, Func<Task> action, string notice, CancellationToken ct) =>
        this.RunOrShowErrorsAsync(action, notice, new { id }, () => LoadAsync(id, ct));

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Evaluation = await get.HandleAsync(id, ct);
        if (!user.IsInRole(Roles.AgencyStaff)) Evidence = await evidence.HandleAsync(id, ct);
        if (CanSeat) Candidates = await panel.ListCandidatesAsync(id, ct);
        Decision = new(
            Outcome: Evaluation.Result?.Suggestion == EvaluationOutcome.Penalty ? EvaluationOutcome.Penalty : EvaluationOutcome.Warning, Reason: null, Rewards: null,
            Sanction: new(Kind: default, FineAmountUsd: null, SuspensionMonths: null, LegalBasis: "", EffectiveFrom: calendar.Today));
    }
}
