using System.Globalization;
using Licensing.Application.Disappearances;
using Licensing.Application.ReferenceData;
using Licensing.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Licensing.Web.Pages.Missing;

/// <summary>
/// A family reports a worker abroad missing, without an account, registered or not. The form's one-time token makes a
/// second press of the button lead to the same receipt; that page shows the case number and the PIN to follow it with.
/// </summary>
[EnableRateLimiting(PublicForms.MissingReport)]
public sealed class ReportModel(ListReferenceData.Handler reference) : PageModel
{
    public sealed record CountryOption(string Code, string Name);

    /// <summary>The form's fields, for asp-for; a refused post shows what was typed from ModelState.</summary>
    public ReportMissingRelative.Command? Report { get; }

    public IReadOnlyList<CountryOption> Countries { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(ReportMissingRelative.Command report, [FromServices] ReportMissingRelative.Handler handler, CancellationToken ct)
    {
        ReportMissingRelative.Receipt? receipt = null;
        if (await this.TryAsync(async () => receipt = await handler.HandleAsync(report, null, ct))) return ReceivedModel.Show(this, receipt!);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var language = Languages.Of(CultureInfo.CurrentUICulture.Name);
        Countries = (await reference.CountriesAsync(ct)).Select(c => new CountryOption(c.Code, new LocalizedText(c.NameKm, c.NameEn).In(language))).ToList();
    }
}
