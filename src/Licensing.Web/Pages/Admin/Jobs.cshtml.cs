using Licensing.Application.Abstractions;
using Licensing.Application.Outbox;
using Licensing.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Licensing.Application.Texts;

namespace Licensing.Web.Pages.Admin;

public sealed class JobsModel(IJobScheduler scheduler, ListOutbox.Handler outbox, RedeliverOutboxMessage.Handler redeliver) : PageModel
{
    public IReadOnlyList<ScheduledJob> Jobs { get; private set; } = [];
    public ListOutbox.Summary Outbox { get; private set; } = null!;

    /// <summary>The schedule typed for one job (a cron expression).</summary>
    [BindProperty]
    public string? Cron { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Jobs = await scheduler.ListAsync(cancellationToken);
        Outbox = await outbox.HandleAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRunAsync(string name, CancellationToken cancellationToken)
    {
        if (await scheduler.TriggerAsync(name, cancellationToken) is null) return NotFound();
        TempData["Notice"] = Catalogue.Say(Keys.JobStarted, name);
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostScheduleAsync(string name, CancellationToken cancellationToken) =>
        this.RunOrShowErrorsAsync(async () =>
            {
                if (!await scheduler.RescheduleAsync(name, Cron, cancellationToken))
                {
                    throw new DomainException(ErrorCodes.JobNotFound, DomainErrorKind.NotFound, name);
                }
            },
            Catalogue.Say(Keys.JobRescheduled, name),
            new { },
            () => OnGetAsync(cancellationToken));

    public async Task<IActionResult> OnPostRedeliverAsync(Guid id, CancellationToken cancellationToken)
    {
        await redeliver.HandleAsync(id, cancellationToken);
        return RedirectToPage();
    }
}
