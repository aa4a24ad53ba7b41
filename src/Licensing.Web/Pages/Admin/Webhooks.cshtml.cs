using Licensing.Application.Common;
using Licensing.Application.Disappearances;
using Licensing.Application.ReferenceData;
using Licensing.Application.Texts;
using Licensing.Domain.Disappearances;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web.Pages.Admin;

/// <summary>Where each recipient body's own system receives signed alert webhooks; one body is edited at a time and secrets are never shown.</summary>
public sealed class WebhooksModel(ManageWebhookEndpoints.Handler webhooks, ListReferenceData.Handler reference) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Body { get; set; }

    public IReadOnlyList<string> Bodies { get; private set; } = [];
    public IReadOnlyList<ManageWebhookEndpoints.View> Endpoints { get; private set; } = [];
    public RecipientBodyNames Names { get; private set; } = null!;
    public ManageWebhookEndpoints.View? Editing => Endpoints.FirstOrDefault(e => e.BodyKey == Body);
    public ManageWebhookEndpoints.Command Hook => new(Url: Editing?.Url ?? "", Secret: null, Enabled: Editing?.Enabled != false);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = nameof(Hook))] ManageWebhookEndpoints.Command hook, CancellationToken ct)
    {
        if (await this.TryAsync(() => webhooks.SetAsync(Body ?? "", hook, ct), Catalogue.Say(Keys.WebhookSaved)))
        {
            return RedirectToPage();
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var countries = await reference.CountriesAsync(ct);
        Names = new RecipientBodyNames(countries);
        Bodies = [RecipientBody.Ministry.Key, RecipientBody.Interior.Key, .. countries.Select(c => RecipientBody.Embassy(c.Code).Key)];
        Endpoints = await webhooks.ListAsync(ct);
    }
}
