using Licensing.Application.Calendar;
using Licensing.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Admin;

/// <summary>The administrator keeps the public holidays that working-day deadlines skip (R35), one year at a time.</summary>
public sealed class HolidaysModel(ManagePublicHolidays.Handler handler, BusinessCalendar calendar) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public int ShownYear => Year ?? calendar.Today.Year;
    public IReadOnlyList<ManagePublicHolidays.View> Holidays { get; private set; } = [];
    public ManagePublicHolidays.Command Holiday { get; } = new(Date: null, NameKm: "", NameEn: "");

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostAsync([Bind(Prefix = nameof(Holiday))] ManagePublicHolidays.Command holiday, CancellationToken ct) =>
        this.RunOrShowErrorsAsync(() => handler.AddAsync(holiday, ct), Text.Pick("Holiday added.", "បានបន្ថែមថ្ងៃឈប់សម្រាក។"),
            new { year = holiday.Date?.Year ?? ShownYear }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken ct) =>
        this.RunOrShowErrorsAsync(() => handler.RemoveAsync(id, ct), Text.Pick("Holiday removed.", "បានដកថ្ងៃឈប់សម្រាកចេញ។"), new { year = ShownYear }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Year = ShownYear;
        Holidays = await handler.ListAsync(ShownYear, ct);
    }
}
