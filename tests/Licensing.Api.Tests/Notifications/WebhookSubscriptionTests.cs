using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Disappearances;
using Licensing.Application.Licences;
using Licensing.Application.Settings;
using Licensing.Domain.Calendar;
using Licensing.Domain.Notifications;
using Licensing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Licensing.Api.Tests.Support.OpenIdConnectSteps;

namespace Licensing.Api.Tests.Notifications;

/// <summary>An application whose outbox retries failed deliveries quickly, so a delivery log shows retries within a test.</summary>
public abstract class QuickRetryOpenIdConnectApp(DatabaseProvider provider) : OpenIdConnectApp(provider)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Notifications:FirstRetrySeconds", "0.2");
    }
}

public sealed class WebhookSqliteApp() : QuickRetryOpenIdConnectApp(DatabaseProvider.Sqlite);

public sealed class WebhookPostgresApp() : QuickRetryOpenIdConnectApp(DatabaseProvider.Postgres);

/// <summary>
/// Issue 21: webhook subscriptions per API client. A system registered by the administrator subscribes with its own
/// token; each event kind, caused over the API or by its job, reaches its receiver once, signed with the subscription's secret.
/// </summary>
public abstract class WebhookSubscriptionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : QuickRetryOpenIdConnectApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => PhnomPenh.DateOf(DateTimeOffset.UtcNow);

    [Fact]
    public async Task InteriorSystem_ReceivesEveryEventKindOnce_SignedWithItsSubscriptionsSecret()
    {
        await using var receiver = new WebhookReceiver("");
        using var system = await SystemAsync("interior", ["register.read", "disappearances.receive", "webhooks.manage"]);
        var subscription = await SubscribeAsync(system, receiver.Url, WebhookEventKind.All);
        receiver.Secret = subscription.GetProperty("secret").GetString()!;
        await receiver.StartAsync();
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var expected = new List<(string Kind, Guid Id)>();

        var agency = await LicensedAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        expected.Add((WebhookEventKind.LicenceIssued, agency.LicenceId));
        await RenewAsync(agency, staff, officer);
        expected.Add((WebhookEventKind.LicenceRenewed, agency.LicenceId));
        var findingId = await InspectWithCriticalFindingAsync(agency.Agency.Id, officer);
        expected.Add((WebhookEventKind.InspectionCriticalFinding, findingId.Inspection));
        var sanction = await ImposeAsync(officer, agency.Agency.Id, findingId.Finding);
        expected.Add((WebhookEventKind.SanctionImposed, sanction));
        await ExpectAsync(HttpStatusCode.NoContent, staff.PostAsJsonAsync($"/api/v1/sanctions/{sanction}/appeal", new { grounds = "The passports were kept at the workers' request." }, Ct));
        await ExpectAsync(HttpStatusCode.NoContent, officer.PostAsJsonAsync($"/api/v1/sanctions/{sanction}/appeal-decision", new { outcome = "Dismissed", reason = "No request was shown." }, Ct));
        expected.Add((WebhookEventKind.SanctionAppealDecided, sanction));
        var complaint = await FiledComplaint.FileAsync(app, agency.Agency.Id);
        expected.Add((WebhookEventKind.ComplaintFiled, complaint.Id));
        await FiledComplaint.StepAsync(officer, complaint.Id, "dismiss", new { reason = "Withdrawn by phone." });
        expected.Add((WebhookEventKind.ComplaintDecided, complaint.Id));
        await ExpectAsync(HttpStatusCode.OK, staff.PostAsJsonAsync($"/api/v1/licences/{agency.LicenceId}/surrender", new { reason = "The company is closing." }, Ct));
        expected.Add((WebhookEventKind.LicenceSurrendered, agency.LicenceId));

        var worker = await DeployedWorker.CreateAsync(app, "TH");
        expected.Add((WebhookEventKind.LicenceIssued, worker.Agency.LicenceId));
        var caseId = await ReportAsync(worker);
        expected.Add((WebhookEventKind.DisappearanceReported, caseId));
        using var interior = await app.ClientForAsync(DemoLogins.InteriorOfficer);
        await ExpectAsync(HttpStatusCode.OK, interior.PostAsync($"/api/v1/disappearances/{caseId}/acknowledgements", null, Ct));
        expected.Add((WebhookEventKind.DisappearanceAcknowledged, caseId));
        await EscalateAsync(DateTimeOffset.UtcNow.AddMinutes(31));
        expected.Add((WebhookEventKind.DisappearanceEscalated, caseId)); // the embassy's overdue acknowledgement
        expected.Add((WebhookEventKind.DisappearanceEscalated, caseId)); // the ministry's
        using var embassy = await app.ClientForAsync(DemoLogins.EmbassyOfficer);
        await ExpectAsync(HttpStatusCode.NoContent, embassy.PostAsJsonAsync($"/api/v1/disappearances/{caseId}/resolution", new { resolution = "LocatedSafe", note = "Found at a friend's home." }, Ct));
        expected.Add((WebhookEventKind.DisappearanceClosed, caseId));

        var licence = worker.Agency.LicenceId;
        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync($"/api/v1/licences/{licence}/suspend", new { reason = "Unpaid fine.", until = Today.AddDays(10) }, Ct));
        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync($"/api/v1/licences/{licence}/reinstate", new { reason = "Fine paid." }, Ct));
        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync($"/api/v1/licences/{licence}/revoke", new { reason = "Repeated breaches." }, Ct));
        expected.AddRange([(WebhookEventKind.LicenceSuspended, licence), (WebhookEventKind.LicenceReinstated, licence), (WebhookEventKind.LicenceRevoked, licence)]);

        var lapsing = await LicensedAgency.CreateAsync(app);
        expected.Add((WebhookEventKind.LicenceIssued, lapsing.LicenceId));
        await SetExpiryAsync(lapsing.Agency.Id, Today.AddDays(-1));
        await RunAsync<ExpireLicences.Handler>(h => h.HandleAsync(Ct));
        expected.Add((WebhookEventKind.LicenceExpired, lapsing.LicenceId));

        var ours = expected.Select(e => e.Id).ToHashSet();
        var received = await Eventually.ReturnsAsync(() => Task.FromResult(Received(receiver).Where(r => ours.Contains(r.Id)).ToList()), r => r.Count >= expected.Count, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(1), Ct);
        received = Received(receiver).Where(r => ours.Contains(r.Id)).ToList();
        Assert.Equal(expected.Select(e => $"{e.Kind} {e.Id}").Order(), received.Select(r => $"{r.Kind} {r.Id}").Order());
        Assert.Equal(WebhookEventKind.All.Order(), received.Select(r => r.Kind).Distinct().Order());
        Assert.All(receiver.Deliveries, d => Assert.True(d.SignatureValid, $"{d.Event}: the signature does not verify with the subscription's secret."));
        Assert.All(receiver.Deliveries.GroupBy(d => d.Id), g => Assert.Single(g));
        Assert.Equal(["embassy:TH", "ministry"], received.Where(r => r.Kind == WebhookEventKind.DisappearanceEscalated).Select(r => r.Data.GetProperty("body").GetString()).Order());
        Assert.Equal("Expired", received.Single(r => r.Kind == WebhookEventKind.LicenceExpired).Data.GetProperty("status").GetString());

        var filed = receiver.Deliveries.Single(d => d.Event == WebhookEventKind.ComplaintFiled && d.Body.Contains(complaint.Id.ToString()));
        var payload = JsonDocument.Parse(filed.Body).RootElement;
        Assert.Equal(["data", "id", "kind", "occurredAt"], payload.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(agency.Agency.Id, payload.GetProperty("data").GetProperty("agencyId").GetGuid());
        foreach (var identity in new[] { FiledComplaint.WorkerName, FiledComplaint.Phone, FiledComplaint.Email, "N0000001", complaint.Code, complaint.Pin })
        {
            Assert.All(receiver.Deliveries.Where(d => d.Event.StartsWith("complaint.")), d => Assert.DoesNotContain(identity, d.Body));
        }
        await ExpectAsync(HttpStatusCode.NoContent, system.DeleteAsync($"/api/v1/webhooks/subscriptions/{subscription.GetProperty("id").GetGuid()}", Ct));
    }

    [Fact]
    public async Task EmbassySystem_HearsOnlyItsCountrysCases_AndMaySubscribeOnlyToWhatItsScopesRead()
    {
        await using var receiver = new WebhookReceiver("");
        using var thai = await SystemAsync("embassy:TH", ["disappearances.receive", "webhooks.manage"]);
        var refused = await thai.PostAsJsonAsync("/api/v1/webhooks/subscriptions", new { url = receiver.Url, eventKinds = new[] { WebhookEventKind.LicenceRevoked } }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("webhook_event_kind_not_granted", (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        using var withoutScope = await SystemAsync("embassy:TH", ["disappearances.receive"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await withoutScope.PostAsJsonAsync("/api/v1/webhooks/subscriptions", new { url = receiver.Url, eventKinds = new[] { WebhookEventKind.DisappearanceReported } }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await withoutScope.GetAsync("/api/v1/webhooks/subscriptions", Ct)).StatusCode);
        using var person = await app.ClientForAsync(DemoLogins.EmbassyOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await person.PostAsJsonAsync("/api/v1/webhooks/subscriptions", new { url = receiver.Url, eventKinds = new[] { WebhookEventKind.DisappearanceReported } }, Ct)).StatusCode);

        var subscription = await SubscribeAsync(thai, receiver.Url, [WebhookEventKind.DisappearanceReported]);
        receiver.Secret = subscription.GetProperty("secret").GetString()!;
        await receiver.StartAsync();
        var japanese = await ReportAsync(await DeployedWorker.CreateAsync(app, "JP"));
        var thaiCase = await ReportAsync(await DeployedWorker.CreateAsync(app, "TH"));

        await Eventually.ReturnsAsync(() => Task.FromResult(Received(receiver)), r => r.Any(d => d.Id == thaiCase), TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(1), Ct);
        Assert.Single(Received(receiver), d => d.Id == thaiCase);
        Assert.DoesNotContain(Received(receiver), d => d.Id == japanese);
        Assert.All(Received(receiver), d => Assert.Equal("TH", d.Data.GetProperty("countryCode").GetString()));
        await ExpectAsync(HttpStatusCode.NoContent, thai.DeleteAsync($"/api/v1/webhooks/subscriptions/{subscription.GetProperty("id").GetGuid()}", Ct));
    }

    [Fact]
    public async Task DeliveryLog_ShowsAFailedDeliverysRetries_ThenItsDelivery_AndTheAdministratorMayDisableTheSubscription()
    {
        await using var receiver = new WebhookReceiver("");
        using var system = await SystemAsync("interior", ["register.read", "webhooks.manage"]);
        var created = await SubscribeAsync(system, receiver.Url, [WebhookEventKind.LicenceIssued]);
        var (id, firstSecret) = (created.GetProperty("id").GetGuid(), created.GetProperty("secret").GetString()!);
        var rotated = await JsonAsync(await system.PostAsync($"/api/v1/webhooks/subscriptions/{id}/secret", null, Ct));
        receiver.Secret = rotated.GetProperty("secret").GetString()!;
        Assert.NotEqual(firstSecret, receiver.Secret);
        using var other = await SystemAsync("interior", ["register.read", "webhooks.manage"]);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/webhooks/subscriptions/{id}/deliveries", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/webhooks/subscriptions/{id}", Ct)).StatusCode);

        var agency = await LicensedAgency.CreateAsync(app);
        var failing = await Eventually.ReturnsAsync(() => LogAsync(system, id), log => log.Any(d => d.GetProperty("attempts").GetInt32() >= 2));
        var retried = Assert.Single(failing);
        Assert.Equal((WebhookEventKind.LicenceIssued, "Retrying"), (retried.GetProperty("kind").GetString(), retried.GetProperty("status").GetString()));
        Assert.False(string.IsNullOrEmpty(retried.GetProperty("lastError").GetString()));

        await receiver.StartAsync();
        var log = await Eventually.ReturnsAsync(() => LogAsync(system, id), l => l.Single().GetProperty("status").GetString() == "Delivered", TimeSpan.FromSeconds(60));
        Assert.True(log.Single().GetProperty("attempts").GetInt32() >= 3);
        var delivery = Assert.Single(receiver.Deliveries);
        Assert.Equal(log.Single().GetProperty("deliveryId").GetString(), delivery.Id);
        Assert.True(delivery.SignatureValid);
        Assert.Contains(agency.LicenceId.ToString(), delivery.Body);

        using var admin = await CookieBrowser.SignInAsync(app, DemoLogins.Administrator, Ct);
        var page = await admin.GetStringAsync("/admin/clients", Ct);
        Assert.Contains($"id=\"subscription-{id}\"", page);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"/admin/clients?handler=DisableSubscription&subscriptionId={id}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", CookieBrowser.AntiforgeryToken(page))]), Ct)).StatusCode);
        await ExpectAsync(HttpStatusCode.NoContent, system.PutAsJsonAsync($"/api/v1/webhooks/subscriptions/{id}", new { url = receiver.Url, eventKinds = new[] { WebhookEventKind.LicenceIssued }, enabled = true }, Ct));
        var listed = Assert.Single((await JsonAsync(await system.GetAsync("/api/v1/webhooks/subscriptions", Ct))).EnumerateArray());
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("disabledByAdministratorAt").ValueKind);
        var unheard = await LicensedAgency.CreateAsync(app);
        await Task.Delay(TimeSpan.FromSeconds(1), Ct);
        Assert.DoesNotContain(receiver.Deliveries, d => d.Body.Contains(unheard.LicenceId.ToString()));
        Assert.Single(await LogAsync(system, id));
        await ExpectAsync(HttpStatusCode.NoContent, system.DeleteAsync($"/api/v1/webhooks/subscriptions/{id}", Ct));
        Assert.Empty((await JsonAsync(await system.GetAsync("/api/v1/webhooks/subscriptions", Ct))).EnumerateArray());
    }

    private sealed record Event(string Kind, Guid Id, JsonElement Data);

    /// <summary>Each delivery's kind, the id of the record it is about (the first id its data names) and its data.</summary>
    private static List<Event> Received(WebhookReceiver receiver) => receiver.Deliveries.Select(d =>
    {
        var data = JsonDocument.Parse(d.Body).RootElement.GetProperty("data");
        return new Event(d.Event, data.EnumerateObject().First().Value.GetGuid(), data);
    }).ToList();

    /// <summary>The administrator registers a system of the body with the scopes; it signs in by client credentials.</summary>
    private async Task<HttpClient> SystemAsync(string body, string[] scopes)
    {
        using var admin = await CookieBrowser.SignInAsync(app, DemoLogins.Administrator, Ct);
        var (clientId, secret) = await RegisterAsync(admin, $"System of {body} {Guid.NewGuid():N}", "System", body, scopes);
        var token = await JsonAsync(await ClientCredentialsAsync(app, clientId, secret!));
        return Client(app, token.GetProperty("access_token").GetString());
    }

    private static async Task<JsonElement> SubscribeAsync(HttpClient system, string url, IEnumerable<string> kinds) =>
        await JsonAsync(await system.PostAsJsonAsync("/api/v1/webhooks/subscriptions", new { url, eventKinds = kinds }, Ct), HttpStatusCode.Created);

    private static async Task<List<JsonElement>> LogAsync(HttpClient system, Guid id) =>
        (await JsonAsync(await system.GetAsync($"/api/v1/webhooks/subscriptions/{id}/deliveries", Ct))).GetProperty("items").EnumerateArray().ToList();

    private async Task RenewAsync(LicensedAgency agency, HttpClient staff, HttpClient officer)
    {
        await SetExpiryAsync(agency.Agency.Id, Today.AddDays(30));
        var renewal = await agency.Agency.CompleteDraftAsync(staff, "Renewal");
        await ExpectAsync(HttpStatusCode.NoContent, staff.PostAsJsonAsync($"/api/v1/licence-applications/{renewal}/submit", new { }, Ct));
        await ExpectAsync(HttpStatusCode.NoContent, officer.PostAsync($"/api/v1/licence-applications/{renewal}/start-review", null, Ct));
        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync($"/api/v1/licence-applications/{renewal}/approve", new { }, Ct));
    }

    private async Task<(Guid Inspection, Guid Finding)> InspectWithCriticalFindingAsync(Guid agencyId, HttpClient chief)
    {
        using var inspector = await app.ClientForAsync(DemoLogins.Inspector);
        var inspectorId = (await inspector.GetFromJsonAsync<JsonElement>("/api/v1/auth/me", Ct)).GetProperty("id").GetGuid();
        var created = await JsonAsync(await chief.PostAsJsonAsync("/api/v1/inspections", new { agencyId, plannedFor = Today.AddDays(3), announced = true }, Ct), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        await ExpectAsync(HttpStatusCode.NoContent, chief.PostAsJsonAsync($"/api/v1/inspections/{id}/schedule", new { date = Today.AddDays(5), inspectorIds = new[] { inspectorId } }, Ct));
        await ExpectAsync(HttpStatusCode.NoContent, inspector.PostAsync($"/api/v1/inspections/{id}/start", null, Ct));
        var checklist = (await inspector.GetFromJsonAsync<JsonElement>($"/api/v1/inspections/{id}", Ct)).GetProperty("checklist").EnumerateArray();
        foreach (var code in checklist.Select(i => i.GetProperty("code").GetString()!))
        {
            var answer = code == "passports-held-by-workers" ? "NonCompliant" : "Compliant";
            await ExpectAsync(HttpStatusCode.NoContent, inspector.PutAsJsonAsync($"/api/v1/inspections/{id}/answers/{code}", new { answer, note = "" }, Ct));
        }
        await ExpectAsync(HttpStatusCode.NoContent, inspector.PostAsJsonAsync($"/api/v1/inspections/{id}/complete", new
        {
            findings = new[] { new { itemCode = "passports-held-by-workers", severity = "Critical", description = "Passports kept in the office", correctiveAction = "Return every passport" } },
        }, Ct));
        var finding = (await inspector.GetFromJsonAsync<JsonElement>($"/api/v1/inspections/{id}", Ct)).GetProperty("findings")[0].GetProperty("id").GetGuid();
        return (id, finding);
    }

    private static async Task<Guid> ImposeAsync(HttpClient officer, Guid agencyId, Guid findingId)
    {
        var imposed = await JsonAsync(await officer.PostAsJsonAsync("/api/v1/sanctions", new
        {
            agencyId, source = "InspectionFinding", sourceId = findingId, kind = "WrittenWarning",
            legalBasis = "Prakas 047/13 (fictitious article)", reason = "Passports kept.",
        }, Ct), HttpStatusCode.Created);
        return imposed.GetProperty("id").GetGuid();
    }

    private async Task<Guid> ReportAsync(DeployedWorker worker)
    {
        using var staff = await app.ClientForAsync(worker.Agency.StaffEmail, Users.Password);
        var report = await JsonAsync(await staff.PostAsJsonAsync("/api/v1/disappearances", worker.Report(), Ct), HttpStatusCode.Created);
        return report.GetProperty("id").GetGuid();
    }

    /// <summary>The escalation job at a later instant, when the acknowledgements still missing are overdue.</summary>
    private async Task EscalateAsync(DateTimeOffset at)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await new EscalateUnacknowledgedAlerts.Handler(services.GetRequiredService<ILicensingDb>(), new FixedClock(at), services.GetRequiredService<SweepOptions>(),
            services.GetRequiredService<RuleSettingsCache>()).HandleAsync(Ct);
    }

    /// <summary>Moves the agency's licence expiry, standing in for the passing of time.</summary>
    private Task SetExpiryAsync(Guid agencyId, DateOnly expiresOn) =>
        app.WithDbAsync(db => db.Licences.Where(l => l.AgencyId == agencyId).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresOn, expiresOn), Ct));

    private async Task RunAsync<THandler>(Func<THandler, Task> run) where THandler : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<THandler>());
    }

    private static async Task ExpectAsync(HttpStatusCode expected, Task<HttpResponseMessage> request)
    {
        using var response = await request;
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }
}

public sealed class WebhookSubscriptionTestsOnSqlite(WebhookSqliteApp app) : WebhookSubscriptionTests<WebhookSqliteApp>(app);

public sealed class WebhookSubscriptionTestsOnPostgres(WebhookPostgresApp app) : WebhookSubscriptionTests<WebhookPostgresApp>(app);
