using System.Text.Json;
using Licensing.Application.Abstractions;
using Licensing.Application.ApiClients;
using Licensing.Application.Common;
using Licensing.Application.ReferenceData;
using Licensing.Application.Security;
using Licensing.Application.Texts;
using Licensing.Application.Webhooks;
using Licensing.Domain.Disappearances;
using Licensing.Web.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Admin;

/// <summary>
/// The OpenID Connect server's clients: other bodies' systems (client credentials, bound to a body) and apps people sign in
/// through (code + PKCE). A secret is shown once, on the page the post that made it redirects to (carried in the
/// encrypted TempData cookie and read once), so that reloading that page neither makes another nor shows it again.
/// </summary>
public sealed class ClientsModel(
    ListApiClients.Handler clients, RegisterApiClient.Handler register, RotateApiClientSecret.Handler rotate, RevokeApiClientSecret.Handler revoke,
    ListReferenceData.Handler reference, ListWebhookSubscriptions.Handler subscriptions, DisableWebhookSubscription.Handler disable) : PageModel
{
    public sealed class Form : ICommandForm<RegisterApiClient.Command>
    {
        public string Name { get; set; } = "";
        public ApiClientKind Kind { get; set; } = ApiClientKind.System;
        public string? Body { get; set; }
        public List<string> Scopes { get; set; } = [];
        public string? RedirectUris { get; set; }

        public RegisterApiClient.Command ToCommand() => new(Name, Kind, Body, Scopes, RedirectUris);
    }

    [BindProperty] public Form Input { get; set; } = new();

    public IReadOnlyList<ApiClientView> Clients { get; private set; } = [];
    public IReadOnlyList<string> Bodies { get; private set; } = [];
    public RecipientBodyNames Names { get; private set; } = null!;

    private const string IssuedKey = "IssuedClientCredentials";
    /// <summary>Every client's webhook subscriptions, by client id.</summary>
    public ILookup<string, ListWebhookSubscriptions.Item> Subscriptions { get; private set; } = Array.Empty<ListWebhookSubscriptions.Item>().ToLookup(s => s.ClientId);

    /// <summary>The credentials just made; the secret is never shown again.</summary>
    public ApiClientCredentials? Issued { get; private set; }

    public static string SubscriptionsHeading => Catalogue.Say(Keys.WebhookSubscriptions);
    public static string DisableLabel => Catalogue.Say(Keys.DisableSubscription);

    public static string StateOf(ListWebhookSubscriptions.Item subscription) => Catalogue.Say(
        subscription.DisabledByAdministratorAt is not null ? Keys.DisabledByAdministrator : subscription.Enabled ? Keys.ReceivingEvents : Keys.TurnedOffByClient);

    /// <summary>Every scope the server knows; a system client may be given those its body's officers may use.</summary>
    public static IReadOnlyList<string> AllScopes => ClientScopes.All;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Issued = TempData[IssuedKey] is string json ? JsonSerializer.Deserialize<ApiClientCredentials>(json) : null;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ApiClientCredentials? issued = null;
        if (await this.TryAsync(async () => issued = await register.HandleAsync(Input.ToCommand(), ct), Catalogue.Say(Keys.ClientRegistered)))
        {
            return ShowOnce(issued!);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRotateAsync(string clientId, CancellationToken ct)
    {
        var secret = await rotate.HandleAsync(clientId, ct);
        TempData["Notice"] = Catalogue.Say(Keys.NewSecretMadeTheOldOne);
        return ShowOnce(new ApiClientCredentials(clientId, secret));
    }

    public async Task<IActionResult> OnPostRevokeAsync(string clientId, CancellationToken ct)
    {
        await revoke.HandleAsync(clientId, ct);
        TempData["Notice"] = Catalogue.Say(Keys.SecretWithdrawnAndTheClientS);
        return RedirectToPage();
    }

    private RedirectToPageResult ShowOnce(ApiClientCredentials issued)
    {
        TempData[IssuedKey] = JsonSerializer.Serialize(issued);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableSubscriptionAsync(Guid subscriptionId, CancellationToken ct)
    {
        await disable.HandleAsync(subscriptionId, ct);
        TempData["Notice"] = Catalogue.Say(Keys.SubscriptionDisabled);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var countries = await reference.CountriesAsync(ct);
        Names = new RecipientBodyNames(countries);
        Bodies = [RecipientBody.Interior.Key, .. countries.Select(c => RecipientBody.Embassy(c.Code).Key)];
        Clients = await clients.HandleAsync(ct);
        Subscriptions = (await subscriptions.ListAsync(null, ct)).ToLookup(s => s.ClientId);
    }
}
