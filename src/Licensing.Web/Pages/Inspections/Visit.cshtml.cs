using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Disappearances;
using Licensing.Application.Inspections;
using Licensing.Application.Users;
using Licensing.Domain.Identity;
using Licensing.Domain.Inspections;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Inspections;

/// <summary>One inspection for inspection staff: scheduling, the visit's checklist on a phone, completion with findings, follow-up.</summary>
public sealed class VisitModel(
    ICurrentUser user, IUserDirectory directory, GetInspection.Handler get, ScheduleInspection.Handler schedule, RecordVisit.Handler visit,
    CreateFollowUpInspection.Handler create, CloseInspection.Handler close, IValidator<RecordVisit.CompleteCommand> completeValidator,
    AgencyDisappearanceRecord.Handler disappearances, TimeProvider clock) : PageModel
{
    public GetInspection.Detail Inspection { get; private set; } = null!;

    /// <summary>The agency's disappearance reports of the last two years: late reports are a compliance matter.</summary>
    public AgencyDisappearanceRecord.Record Disappearances { get; private set; } = null!;
    public IReadOnlyList<Inspector> Inspectors { get; private set; } = [];
    public bool OnTeam => Inspection.Team.Any(t => t.Id == user.UserId);

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostScheduleAsync(Guid id, DateOnly date, List<Guid> inspectorIds, string? reason, CancellationToken cancellationToken) =>
        RunAsync(id, () => schedule.HandleAsync(id, new ScheduleInspection.Command(date, inspectorIds, reason), cancellationToken), Text.Pick("Scheduled.", "បានកំណត់កាលវិភាគ។"), cancellationToken);

    public Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, () => visit.StartAsync(id, cancellationToken), Text.Pick("The visit has started.", "ការចុះអធិការកិច្ចបានចាប់ផ្ដើម។"), cancellationToken);

    /// <summary>Saves every answered item and any photos; items left blank stay unanswered, answers already saved are kept.</summary>
    public Task<IActionResult> OnPostAnswersAsync(
        Guid id, [FromForm(Name = "answers")] Dictionary<string, ChecklistAnswer> answers, [FromForm(Name = "notes")] Dictionary<string, string?> notes, CancellationToken cancellationToken) =>
        RunAsync(id, async () =>
        {
            foreach (var (code, answer) in answers)
            {
                await visit.AnswerAsync(id, code, new RecordVisit.AnswerCommand(answer, notes.GetValueOrDefault(code)), cancellationToken);
            }
            foreach (var photo in Request.Form.Files.Where(f => f.Name.StartsWith("photo-", StringComparison.Ordinal) && f.Length > 0))
            {
                await using var content = photo.OpenReadStream();
                await visit.AttachPhotoAsync(id, photo.Name["photo-".Length..], content, photo.FileName, cancellationToken);
            }
        }, Text.Pick("Answers saved.", "ចម្លើយត្រូវបានរក្សាទុក។"), cancellationToken);

    /// <remarks>The explicit form name stops model binding from reading the whole form as findings when there are none.</remarks>
    public async Task<IActionResult> OnPostCompleteAsync(Guid id, [FromForm(Name = "findings")] Dictionary<string, RecordVisit.FindingInput> findings, CancellationToken cancellationToken)
    {
        var command = new RecordVisit.CompleteCommand(findings.Values.ToList());
        foreach (var error in (await completeValidator.ValidateAsync(command, cancellationToken)).Errors)
        {
            ModelState.AddModelError("", error.ErrorMessage);
        }
        return await RunAsync(id, () => visit.CompleteAsync(id, command, cancellationToken), Text.Pick("The inspection was completed.", "អធិការកិច្ចត្រូវបានបញ្ចប់។"), cancellationToken);
    }

    public async Task<IActionResult> OnPostFollowUpAsync(Guid id, DateOnly plannedFor, CancellationToken cancellationToken)
    {
        Guid followUp = default;
        if (await this.TryAsync(async () => followUp = await create.HandleAsync(id, new CreateFollowUpInspection.Command(plannedFor), cancellationToken)))
        {
            return Redirect($"/inspections/{followUp}");
        }
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, () => close.HandleAsync(id, new CloseInspection.Command(null), cancellationToken), Text.Pick("Closed.", "បានបិទ។"), cancellationToken);

    private Task<IActionResult> RunAsync(Guid id, Func<Task> action, string notice, CancellationToken cancellationToken) =>
        this.RunOrShowErrorsAsync(action, notice, new { id }, () => LoadAsync(id, cancellationToken));

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Inspection = await get.HandleAsync(id, cancellationToken);
        Disappearances = await disappearances.HandleAsync(Inspection.AgencyId, clock.GetUtcNow().AddYears(-2), cancellationToken);
        Inspectors = (await directory.InRoleAsync(Roles.Inspector, cancellationToken)).Select(i => new Inspector(i.Id, i.Email)).ToList();
    }
}
