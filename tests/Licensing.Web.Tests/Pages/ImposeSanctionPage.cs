using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

/// <summary>/sanctions/new: a decision-maker imposes a sanction citing a complaint or an inspection finding.</summary>
public sealed class ImposeSanctionPage(IPage page) : Layout(page)
{
    public ILocator Fine => Page.Locator("#Sanction_FineAmountUsd");
    public ILocator Months => Page.Locator("#Sanction_SuspensionMonths");

    public async Task OpenAsync(Guid agencyId, string source, Guid sourceId) =>
        await Page.GotoAsync($"/sanctions/new?agencyId={agencyId}&source={source}&sourceId={sourceId}");

    /// <summary>Fills the form as typed (the amount or the months exactly as a person would type them) and sends it.</summary>
    public async Task ImposeAsync(string kind, string fine = "", string months = "")
    {
        await Page.Locator("#Sanction_Kind").SelectOptionAsync(kind);
        await Fine.FillAsync(fine);
        await Months.FillAsync(months);
        await Page.Locator("#Sanction_LegalBasis").FillAsync("Prakas 249, article 12 (browser test)");
        await Page.Locator("#Sanction_Reason").FillAsync("The agency kept the worker's passport.");
        await Page.Locator("main form button.danger").ClickAsync();
    }
}
