using Licensing.Web.Confirmations;
using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Disappearances;
using Licensing.Application.Inspections;
using Licensing.Application.Texts;
using Licensing.Application.Users;
using Licensing.Domain.Identity;
using Licensing.Domain.Inspections;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web.Pages.Inspections;

/// <summary>One inspection for inspection staff: scheduling, the visit's checklist on a phone, completion with findings, follow-up.</summary>
public sealed class VisitModel(
    ICurrentUser user, IUserDirectory directory, GetInspection.Handler get, ScheduleInspection.Handler scheduling, StartVisit.Handler start,
    AnswerChecklistItem.Handler answer, AttachInspectionPhoto.Handler attachPhoto, CompleteVisit.Handler complete,
    CreateFollowUpInspection.Handler create, CloseInspection.Handler close, IValidator<CompleteVisit.Command> completeValidator,
    AgencyDisappearanceRecord.Handler disappearances, TimeProvider clock) : PageModel
{
    public GetInspection.Detail Inspection { get; private set; } = null!;

    /// <summary>The agency's disappearance reports of the last two years: late reports are a compliance matter.</summary>
    public AgencyDisappearanceRecord.Record Disappearances { get; private set; } = null!;
    public IReadOnlyList<Inspector> Inspectors { get; private set; } = [];
    public bool OnTeam => Inspection.Team.Any(t => t.Id == user.UserId);

    public ScheduleInspection.Command Schedule { get; private set; } = null!;
    public IReadOnlyList<ChecklistLine> Answers { get; private set; } = [];
    /// <summary>One finding per item answered non-compliant, in checklist order.</summary>
    public IReadOnlyList<CompleteVisit.FindingInput> Findings { get; private set; } = [];
    public CreateFollowUpInspection.Command FollowUp { get; } = new(PlannedFor: default);

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostScheduleAsync(Guid id, [Bind(Prefix = nameof(Schedule))] ScheduleInspection.Command schedule, CancellationToken cancellationToken) =>
        RunAsync(id, () => scheduling.HandleAsync(id, schedule, cancellationToken), Catalogue.Say(Keys.Scheduled), cancellationToken);

    public Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, () => start.HandleAsync(id, cancellationToken), Catalogue.Say(Keys.TheVisitHasStarted), cancellationToken);

    /// <summary>Saves every answered item and any photos; items left blank stay unanswered, answers already saved are kept.</summary>
    public Task<IActionResult> OnPostAnswersAsync(
        Guid id, [Bind(Prefix = nameof(Answers))] List<ChecklistLine> answers, CancellationToken cancellationToken) =>
        RunAsync(id, async () =>
        {
            foreach (var line in answers.Where(l => l.Answer is not null))
            {
                await answer.HandleAsync(id, line.Code, new AnswerChecklistItem.Command(Answer: line.Answer!.Value, Note: line.Note), cancellationToken);
            }
            foreach (var line in answers.Where(l => l.Photo is { Length: > 0 }))
            {
                await using var content = line.Photo!.OpenReadStream();
                await attachPhoto.HandleAsync(id, line.Code, content, line.Photo.FileName, cancellationToken);
            }
        }, Catalogue.Say(Keys.AnswersSaved), cancellationToken);

    /// <remarks>The explicit prefix stops model binding from reading the whole form as findings when there are none.</remarks>
    public async Task<IActionResult> OnPostCompleteAsync(Guid id, [Bind(Prefix = nameof(Findings))] List<CompleteVisit.FindingInput> findings, CancellationToken cancellationToken)
    {
        var command = new CompleteVisit.Command(Findings: findings);
        foreach (var error in (await completeValidator.ValidateAsync(command, cancellationToken)).Errors)
        {
            ModelState.AddModelError("", error.ErrorMessage);
        }
        return await RunAsync(id, () => complete.HandleAsync(id, command, cancellationToken), Catalogue.Say(Keys.TheInspectionWasCompleted), cancellationToken);
    }

    public async Task<IActionResult> OnPostFollowUpAsync(Guid id, [Bind(Prefix = nameof(FollowUp))] CreateFollowUpInspection.Command followUp, CancellationToken cancellationToken)
    {
        Guid planned = default;
        if (await this.TryAsync(async () => planned = await create.HandleAsync(id, followUp, cancellationToken)))
        {
            return RedirectToPage(new { id = planned });
        }
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    [ConfirmFirst(Confirmation.CloseInspection)]
    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, () => close.HandleAsync(id, new CloseInspection.Command(null), cancellationToken), Catalogue.Say(Keys.TheInspectionIsClosed), cancellationToken);

    private Task<IActionResult> RunAsync(Guid id, Func<Task> action, string notice, CancellationToken cancellationToken) =>
        this.RunOrShowErrorsAsync(action, notice, new { id }, () => LoadAsync(id, cancellationToken));

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Inspection = await get.HandleAsync(id, cancellationToken);
        Disappearances = await disappearances.HandleAsync(Inspection.AgencyId, clock.GetUtcNow().AddYears(-2), cancellationToken);
        Inspectors = (await directory.InRoleAsync(Roles.Inspector, cancellationToken)).Select(i => new Inspector(i.Id, i.Name)).ToList();
        Schedule = new(Date: Inspection.ScheduledOn ?? Inspection.PlannedFor, InspectorIds: Inspection.Team.Select(t => t.Id).ToList(), Reason: null);
        Answers = Inspection.Checklist.Select(i => new ChecklistLine(Code: i.Code, Answer: i.Answer, Note: i.Note, Photo: null)).ToList();
        Findings = Inspection.Checklist.Where(i => i.Answer == ChecklistAnswer.NonCompliant)
            .Select(i => new CompleteVisit.FindingInput(ItemCode: i.Code, Severity: default, Description: i.Note ?? "", CorrectiveAction: "", DueOn: null)).ToList();
    }
}
