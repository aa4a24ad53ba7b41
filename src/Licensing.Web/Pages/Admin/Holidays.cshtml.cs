using Licensing.Application.Calendar;
using Licensing.Application.Common;
using Licensing.Web.Confirmations;
using Microsoft.AspNetCore.Mvc;
using Licensing.Application.Texts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Admin;

/// <summary>The administrator keeps the public holidays that working-day deadlines skip (R35), one year at a time.</summary>
public sealed class HolidaysModel(ListPublicHolidays.Handler list, BusinessCalendar calendar) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public int ShownYear => Year ?? calendar.Today.Year;
    public IReadOnlyList<ListPublicHolidays.View> Holidays { get; private set; } = [];
    public AddPublicHoliday.Command Holiday { get; } = new(Date: null, NameKm: "", NameEn: "");

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostAsync([Bind(Prefix = nameof(Holiday))] AddPublicHoliday.Command holiday, [FromServices] AddPublicHoliday.Handler add, CancellationToken ct) =>
        this.RunOrShowErrorsAsync(() => add.HandleAsync(holiday, ct), Catalogue.Say(Keys.HolidayAdded),
            new { year = holiday.Date?.Year ?? ShownYear }, () => LoadAsync(ct));

    [ConfirmFirst(Confirmation.RemoveHoliday)]
    public Task<IActionResult> OnPostRemoveAsync(Guid id, [FromServices] RemovePublicHoliday.Handler remove, CancellationToken ct) =>
        this.RunOrShowErrorsAsync(() => remove.HandleAsync(id, ct), Catalogue.Say(Keys.HolidayRemoved), new { year = ShownYear }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Year = ShownYear;
        Holidays = await list.HandleAsync(ShownYear, ct);
    }
}
