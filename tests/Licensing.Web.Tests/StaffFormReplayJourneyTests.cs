using Licensing.Api.Tests.Support;
using Microsoft.Playwright;

namespace Licensing.Web.Tests;

/// <summary>
/// Issue 22 item 4 on a staff form (ADR-031), on a phone in Khmer: registering an API client leads to the page that shows
/// its secret once; reloading that page registers nothing and no longer shows the secret; the same form sent again
/// (the back button and resubmit) registers nothing and says so.
/// </summary>
public sealed class StaffFormReplayJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task ReloadingOrResendingTheApiClientForm_RegistersOneClient()
    {
        var name = $"ប្រព័ន្ធសាកល្បង {Guid.NewGuid():N}";
        // The first page a fresh host renders can take longer than a navigation's 30 s on a busy machine.
        await (await app.NewPageAsync(phone: true)).GotoAsync("/account/login", new() { Timeout = 180_000 });
        var admin = await app.SignedInAsync(DemoLogins.Administrator, LicensingApp.DemoPassword, phone: true, english: false);
        await admin.GotoAsync("/admin/clients");
        await admin.Locator("#Input_Name").FillAsync(name);
        await admin.Locator("#kind-system").CheckAsync();
        await admin.Locator("#Input_Body").SelectOptionAsync("interior");
        await admin.Locator("#scope-register\\.read").CheckAsync();
        var form = admin.Locator("form:has(#Input_Name)");
        var antiforgery = await form.Locator("input[name='__RequestVerificationToken']").InputValueAsync();
        var formToken = await form.Locator("input[name='FormToken']").InputValueAsync();
        await form.Locator("button").ClickAsync();

        await Assertions.Expect(admin.Locator("#client-secret")).ToBeVisibleAsync();
        var rows = admin.Locator("table.api-clients tbody tr", new() { HasText = name });
        await Assertions.Expect(rows).ToHaveCountAsync(1);

        await admin.ReloadAsync();
        await Assertions.Expect(admin.Locator("#client-secret")).ToHaveCountAsync(0);
        await Assertions.Expect(rows).ToHaveCountAsync(1);

        var resent = admin.Context.APIRequest.CreateFormData();
        foreach (var (field, value) in new[]
                 {
                     ("__RequestVerificationToken", antiforgery), ("FormToken", formToken), ("Input.Name", name), ("Input.Kind", "System"),
                     ("Input.Body", "interior"), ("Input.Scopes", "register.read"),
                 })
        {
            resent.Append(field, value);
        }
        var replay = await admin.Context.APIRequest.PostAsync("/admin/clients", new() { MaxRedirects = 0, Form = resent });
        Assert.Equal(302, replay.Status);
        Assert.Equal("/admin/clients", replay.Headers["location"]);

        await admin.GotoAsync("/admin/clients");
        await Assertions.Expect(admin.Locator(".notice.replayed")).ToContainTextAsync("ទម្រង់នេះបានផ្ញើរួចហើយ");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(admin.Locator("#client-secret")).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(admin, "admin-clients-form-resent-km-phone");
    }
}
