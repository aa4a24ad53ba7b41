using Licensing.Application.Common;
using Licensing.Application.Inspections;
using Licensing.Domain.Inspections;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Inspections;

/// <summary>The inspector's own calendar, today's visits first; made for a phone.</summary>
public sealed class CalendarModel(ListInspections.Handler handler, BusinessCalendar calendar) : PageModel
{
    public DateOnly Today { get; private set; }
    public IReadOnlyList<ListInspections.Item> Visits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = calendar.Today;
        var page = await handler.HandleAsync(new ListInspections.Query(true, null, null, null, Today.AddDays(-7), Today.AddDays(60), 1, 200), cancellationToken);
        Visits = page.Items.Where(v => v.Status is InspectionStatus.Scheduled or InspectionStatus.InProgress).ToList();
    }
}
