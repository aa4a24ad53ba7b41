using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Disappearances;
using Licensing.Application.Settings;
using Licensing.Application.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Api.Tests.Disappearances;

public abstract class DisappearanceFollowUpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "R23")]
    public async Task UnacknowledgedRecipients_AreEscalatedToTheMinistryAndReminded_OnceEach()
    {
        var worker = await DeployedWorker.CreateAsync(app, "TH");
        using var staff = await app.ClientForAsync(worker.Agency.StaffEmail, Users.Password);
        var id = await ReportAsync(staff, worker);
        using var interior = await app.ClientForAsync(DemoLogins.InteriorOfficer);
        Assert.Equal(HttpStatusCode.OK, (await interior.PostAsync($"/api/v1/disappearances/{id}/acknowledgements", null, Ct)).StatusCode);

        // The job sweeps every case of the shared test database; this test counts only its own.
        await EscalateAsync(DateTimeOffset.UtcNow.AddMinutes(29));
        Assert.Equal(0, await EscalatedRecipientsAsync(id));
        await EscalateAsync(DateTimeOffset.UtcNow.AddMinutes(31));
        Assert.Equal(2, await EscalatedRecipientsAsync(id));
        var written = await CaseMessagesAsync(id);
        await EscalateAsync(DateTimeOffset.UtcNow.AddMinutes(30.5));
        await EscalateAsync(DateTimeOffset.UtcNow.AddMinutes(45));
        Assert.Equal(written, await CaseMessagesAsync(id));

        var keys = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.DeduplicationKey!.StartsWith($"dc:{id}:escalated:") || m.DeduplicationKey!.StartsWith($"dc:{id}:reminder:"))
            .Select(m => m.DeduplicationKey!).ToListAsync(Ct));
        Assert.Contains(keys, k => k == $"dc:{id}:escalated:embassy:TH:ministry:email");
        Assert.Contains(keys, k => k == $"dc:{id}:escalated:ministry:ministry:email");
        Assert.Contains(keys, k => k == $"dc:{id}:reminder:embassy:TH:email");
        Assert.DoesNotContain(keys, k => k.Contains(":interior:"));
        var recipients = await app.WithDbAsync(db => db.DisappearanceCases.Where(c => c.Id == id).SelectMany(c => c.Recipients).ToListAsync(Ct));
        Assert.Equal(["embassy:TH", "ministry"], recipients.Where(r => r.EscalatedAt != null).Select(r => r.BodyKey.Key).Order());
    }

    [Fact]
    public async Task AnOfficerWhoReconnectsWithLastEventId_ReceivesEverythingMissed_InOrder()
    {
        long lastSeen;
        await using (var before = await AlertListener.ConnectAsync(await app.ClientForAsync(DemoLogins.EmbassyOfficer)))
        {
            var warmUp = await DeployedWorker.CreateAsync(app, "TH");
            using var warmStaff = await app.ClientForAsync(warmUp.Agency.StaffEmail, Users.Password);
            var warmId = await ReportAsync(warmStaff, warmUp);
            lastSeen = (await before.NextAsync(e => e.GetProperty("caseId").GetGuid() == warmId)).Id;
        }

        var missed = new List<Guid>();
        foreach (var _ in Enumerable.Range(0, 3))
        {
            var worker = await DeployedWorker.CreateAsync(app, "TH");
            using var staff = await app.ClientForAsync(worker.Agency.StaffEmail, Users.Password);
            missed.Add(await ReportAsync(staff, worker));
        }

        await using var after = await AlertListener.ConnectAsync(await app.ClientForAsync(DemoLogins.EmbassyOfficer), lastSeen);
        var received = new List<(long Id, JsonElement Data)>();
        foreach (var _ in missed) received.Add(await after.NextAsync(e => e.GetProperty("kind").GetString() == "Reported"));
        Assert.Equal(missed, received.Select(r => r.Data.GetProperty("caseId").GetGuid()));
        Assert.Equal(received.Select(r => r.Id).Order(), received.Select(r => r.Id));
        Assert.All(received, r => Assert.True(r.Id > lastSeen));
    }

    [Fact]
    public async Task FamilyReport_IsAlertedUnverified_AgencyConfirmsLate_MinistryVerifies()
    {
        var worker = await DeployedWorker.CreateAsync(app, "TH");
        using var anonymous = app.CreateClient();
        var form = new
        {
            reporterName = "Chan Sreymom (fictitious)", reporterPhone = "+855 12 345 678", relationship = "Mother",
            workerName = "Sok Chanda", documentNumber = worker.PassportNumber.ToLowerInvariant(), lastKnownLocation = "Bangkok",
            lastContactAt = DateTimeOffset.UtcNow.AddDays(-3), circumstances = "Her phone has been off for three days.", website = "",
        };
        var filed = await anonymous.PostAsJsonAsync("/api/v1/public/disappearances", form, Ct);
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var receipt = await filed.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(["caseNumber", "pin", "sentBySms", "unregistered"], receipt.EnumerateObject().Select(p => p.Name));

        var unknown = await anonymous.PostAsJsonAsync("/api/v1/public/disappearances", form with { documentNumber = "N0SUCHNUMBER" }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);

        using var staff = await app.ClientForAsync(worker.Agency.StaffEmail, Users.Password);
        var id = (await staff.GetFromJsonAsync<JsonElement>("/api/v1/disappearances?status=Open", Ct)).GetProperty("items").EnumerateArray()
            .Single(c => c.GetProperty("number").GetString() == receipt.GetProperty("caseNumber").GetString()).GetProperty("id").GetGuid();
        var opened = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/disappearances/{id}", Ct);
        Assert.False(opened.GetProperty("verified").GetBoolean());
        Assert.True(opened.GetProperty("can").GetProperty("respond").GetBoolean());
        var told = await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.DeduplicationKey!.StartsWith($"dc:{id}:agency-told:"), Ct));
        Assert.True(told);

        var confirm = await staff.PostAsJsonAsync($"/api/v1/disappearances/{id}/agency-response",
            new { confirmed = true, learnedAt = DateTimeOffset.UtcNow.AddDays(-2), text = "Her employer told us two days ago." }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, confirm.StatusCode);
        using var ministry = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        Assert.Equal(HttpStatusCode.NoContent, (await ministry.PostAsync($"/api/v1/disappearances/{id}/verification", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await ministry.PostAsync($"/api/v1/disappearances/{id}/verification", null, Ct)).StatusCode);

        var verified = await ministry.GetFromJsonAsync<JsonElement>($"/api/v1/disappearances/{id}", Ct);
        Assert.True(verified.GetProperty("verified").GetBoolean());
        Assert.True(verified.GetProperty("isLate").GetBoolean());
        Assert.Equal("Confirmed", verified.GetProperty("agencyPosition").GetString());
        Assert.Equal("Chan Sreymom (fictitious)", verified.GetProperty("family").GetProperty("name").GetString());
    }

    [Fact]
    public async Task BadReports_AreProblemsWithFieldErrorsInTheCallersLanguage_AndStoreNothing()
    {
        var worker = await DeployedWorker.CreateAsync(app, "TH");
        using var staff = await app.ClientForAsync(worker.Agency.StaffEmail, Users.Password, "km");
        var response = await staff.PostAsJsonAsync("/api/v1/disappearances", new { workerId = worker.Id, lastKnownLocation = "", latitude = 120.0, circumstances = "x" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("LastKnownLocation", out var location) || errors.TryGetProperty("lastKnownLocation", out location));
        Assert.Contains("ទីតាំង", location[0].GetString());

        var future = await staff.PostAsJsonAsync("/api/v1/disappearances", new
        {
            workerId = worker.Id, lastKnownLocation = "Bangkok", lastContactAt = DateTimeOffset.UtcNow.AddDays(1), agencyLearnedAt = DateTimeOffset.UtcNow, circumstances = "x",
        }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.DisappearanceCases.CountAsync(c => c.WorkerId == worker.Id, Ct)));
    }

    private Task<int> EscalatedRecipientsAsync(Guid id) =>
        app.WithDbAsync(db => db.DisappearanceCases.Where(c => c.Id == id).SelectMany(c => c.Recipients).CountAsync(r => r.EscalatedAt != null, Ct));

    private Task<int> CaseMessagesAsync(Guid id) =>
        app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.DeduplicationKey!.StartsWith($"dc:{id}:"), Ct));

    private async Task<int> EscalateAsync(DateTimeOffset at)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var handler = new EscalateUnacknowledgedAlerts.Handler(
            services.GetRequiredService<ILicensingDb>(), new FixedClock(at), services.GetRequiredService<SweepOptions>(),
            services.GetRequiredService<RuleSettingsCache>());
        return await handler.HandleAsync(Ct);
    }

    private static async Task<Guid> ReportAsync(HttpClient staff, DeployedWorker worker)
    {
        var response = await staff.PostAsJsonAsync("/api/v1/disappearances", worker.Report(), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }
}

public sealed class SqliteDisappearanceFollowUpTests(SqliteApp app) : DisappearanceFollowUpTests<SqliteApp>(app);

public sealed class PostgresDisappearanceFollowUpTests(PostgresApp app) : DisappearanceFollowUpTests<PostgresApp>(app);
