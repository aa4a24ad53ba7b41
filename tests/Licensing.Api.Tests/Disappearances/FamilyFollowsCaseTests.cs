using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Application.Common;
using Licensing.Domain.Calendar;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Disappearances;

/// <summary>
/// Issue 22 items 2 and 3: a family's report opens a case even for a migrant no agency registered, and the family follows
/// it with the case number and a PIN (locked after five wrong PINs, as complaints are), adding what it learns.
/// </summary>
public abstract class FamilyFollowsCaseTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "R23")]
    public async Task AnUnknownPassport_OpensAnUnregisteredMigrantCase_AlertedUnverified_ToTheEmbassyOfItsCountry_MoiAndMlvt()
    {
        using var anonymous = app.CreateClient();
        var filed = await anonymous.PostAsJsonAsync("/api/v1/public/disappearances", Report("N0SUCH" + Random.Shared.Next(100_000, 999_999), "th"), Ct);

        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var receipt = await filed.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(receipt.GetProperty("unregistered").GetBoolean());
        Assert.Matches("^[0-9]{6}$", receipt.GetProperty("pin").GetString());
        var number = receipt.GetProperty("caseNumber").GetString()!;
        var opened = await app.WithDbAsync(db => db.DisappearanceCases.AsNoTracking().SingleAsync(c => c.Number == number, Ct));
        Assert.Equal((null, null, null, "TH", ReportSource.Family, false), (opened.WorkerId, opened.DeploymentId, opened.AgencyId, opened.CountryCode, opened.Source, opened.Verified));
        Assert.Equal(("Pich Sophea (fictitious)", "Thai Seafood Co. (fictitious)"), (opened.Person!.Name, opened.Person.AgencyName));

        var alerted = await app.WithDbAsync(db => db.Alerts.AsNoTracking().Where(a => a.CaseId == opened.Id && a.Kind == AlertKind.Reported).ToListAsync(Ct));
        Assert.Equal(["embassy:TH", "interior", "ministry"], alerted.Select(a => a.BodyKey.Key).Order());
        var emails = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.DeduplicationKey!.StartsWith($"dc:{opened.Id}:reported:") && m.Channel == NotificationChannel.Email).ToListAsync(Ct));
        Assert.Equal(3, emails.Count);
        Assert.All(emails, m => Assert.Contains("family report, not yet verified", m.Body, StringComparison.Ordinal));
        Assert.All(emails, m => Assert.Contains("Unregistered migrant (as the family describes them): Pich Sophea (fictitious)", m.Body, StringComparison.Ordinal));

        using var embassy = await app.ClientForAsync(DemoLogins.EmbassyOfficer);
        var seen = await embassy.GetFromJsonAsync<JsonElement>($"/api/v1/disappearances/{opened.Id}", Ct);
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("worker").ValueKind);
        Assert.Equal("Pich Sophea (fictitious)", seen.GetProperty("person").GetProperty("name").GetString());
        Assert.False(seen.GetProperty("can").GetProperty("verify").GetBoolean());

        using var ministry = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        Assert.Equal(HttpStatusCode.NoContent, (await ministry.PostAsync($"/api/v1/disappearances/{opened.Id}/verification", null, Ct)).StatusCode);
        Assert.True((await ministry.GetFromJsonAsync<JsonElement>($"/api/v1/disappearances/{opened.Id}", Ct)).GetProperty("verified").GetBoolean());
        var resolved = await ministry.PostAsJsonAsync($"/api/v1/disappearances/{opened.Id}/resolution", new { resolution = "LocatedSafe", note = "Found at a shelter in Rayong." }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, resolved.StatusCode);
    }

    [Fact]
    public async Task WithoutACountry_AnUnmatchedReport_IsRefusedWithTheHotline_AndOpensNothing()
    {
        using var anonymous = app.CreateClient();
        var before = await app.WithDbAsync(db => db.DisappearanceCases.CountAsync(Ct));
        var refused = await anonymous.PostAsJsonAsync("/api/v1/public/disappearances", Report("N0SUCH" + Random.Shared.Next(100_000, 999_999), null), Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("missing_person_country_needed", (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal(before, await app.WithDbAsync(db => db.DisappearanceCases.CountAsync(Ct)));
    }

    [Fact]
    public async Task TheCaseNumberAndPin_ShowTheCase_AndFiveWrongPins_LockIt_SayingUntilWhen()
    {
        var worker = await DeployedWorker.CreateAsync(app, "TH");
        using var anonymous = app.CreateClient();
        var (number, pin) = await FileAsync(anonymous, Report(worker.PassportNumber, null, "Sok Chanda"));

        var shown = await TrackAsync(anonymous, number.Replace("-", "").ToLowerInvariant(), pin);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        var view = await shown.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((number, "Open", false), (view.GetProperty("caseNumber").GetString(), view.GetProperty("status").GetString(), view.GetProperty("verified").GetBoolean()));
        Assert.Equal(3, view.GetProperty("acknowledgements").GetArrayLength());
        Assert.False(view.TryGetProperty("worker", out _));

        var wrongPin = pin == "000000" ? "000001" : "000000";
        for (var i = 0; i < 4; i++)
        {
            var wrong = await TrackAsync(anonymous, number, wrongPin);
            Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
            Assert.Equal("missing_case_not_found", await CodeAsync(wrong));
        }
        var fifth = await TrackAsync(anonymous, number, wrongPin);
        var lockedUntil = await app.WithDbAsync(db => db.DisappearanceCases.Where(c => c.Number == number).Select(c => c.PinLockedUntil).SingleAsync(Ct));
        var until = PhnomPenh.LocalTime(lockedUntil!.Value).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var locked in new[] { fifth, await TrackAsync(anonymous, number, pin) })
        {
            Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
            var problem = await locked.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal("missing_case_locked", problem.GetProperty("code").GetString());
            Assert.Contains($"locked until {until} (Phnom Penh time)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task WhatTheFamilyAdds_ReachesTheOfficers_AndTheFamilySeesOnlyItsOwnAndSharedNews()
    {
        using var anonymous = app.CreateClient();
        var (number, pin) = await FileAsync(anonymous, Report("N0SUCH" + Random.Shared.Next(100_000, 999_999), "TH"));
        var added = await anonymous.PostAsJsonAsync("/api/v1/public/disappearances/information",
            new { code = number, pin, text = "A friend saw her at the bus station in Rayong on Monday." }, Ct);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);

        var id = await app.WithDbAsync(db => db.DisappearanceCases.Where(c => c.Number == number).Select(c => c.Id).SingleAsync(Ct));
        using var ministry = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var seen = await ministry.GetFromJsonAsync<JsonElement>($"/api/v1/disappearances/{id}", Ct);
        var fromFamily = seen.GetProperty("updates").EnumerateArray().Single();
        Assert.Equal(("Family", "A friend saw her at the bus station in Rayong on Monday."), (fromFamily.GetProperty("party").GetString(), fromFamily.GetProperty("text").GetString()));
        var told = await app.WithDbAsync(db => db.Alerts.AsNoTracking().Where(a => a.CaseId == id && a.Kind == AlertKind.Updated).Select(a => a.BodyKey).ToListAsync(Ct));
        Assert.Equal(["embassy:TH", "interior", "ministry"], told.Select(b => b.Key).Order());

        await ministry.PostAsJsonAsync($"/api/v1/disappearances/{id}/updates", new { text = "The embassy has called the shelters in Rayong.", shareWithFamily = true }, Ct);
        await ministry.PostAsJsonAsync($"/api/v1/disappearances/{id}/updates", new { text = "Internal: the broker is under investigation." }, Ct);
        var view = await (await TrackAsync(anonymous, number, pin)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(
            [(true, "A friend saw her at the bus station in Rayong on Monday."), (false, "The embassy has called the shelters in Rayong.")],
            view.GetProperty("entries").EnumerateArray().Select(e => (e.GetProperty("fromFamily").GetBoolean(), e.GetProperty("text").GetString())));
    }

    [Fact]
    public async Task AnotherCasesNumber_WithThisCasesPin_IsNotFound()
    {
        using var anonymous = app.CreateClient();
        var (first, _) = await FileAsync(anonymous, Report("N0SUCH" + Random.Shared.Next(100_000, 999_999), "TH"));
        var (second, _) = await FileAsync(anonymous, Report("N0SUCH" + Random.Shared.Next(100_000, 999_999), "TH"));
        await GivePinAsync(first, "111111");
        await GivePinAsync(second, "222222");
        Assert.Equal(HttpStatusCode.OK, (await TrackAsync(anonymous, second, "222222")).StatusCode);

        var crossed = await TrackAsync(anonymous, first, "222222");

        Assert.Equal(HttpStatusCode.NotFound, crossed.StatusCode);
        Assert.Equal("missing_case_not_found", await CodeAsync(crossed));
    }

    /// <summary>Two cases' random PINs could be equal; known ones make the crossing certain.</summary>
    private Task GivePinAsync(string number, string pin) => app.WithDbAsync(async db =>
    {
        var report = await db.DisappearanceCases.SingleAsync(c => c.Number == number, Ct);
        report.IssueFamilyPin(PublicPin.Hash(pin));
        await db.SaveChangesAsync(Ct);
        return true;
    });

    private static object Report(string documentNumber, string? countryCode, string workerName = "Pich Sophea (fictitious)") => new
    {
        reporterName = "Chan Sreymom (fictitious)", reporterPhone = "+855 12 345 678", relationship = "Mother", workerName, documentNumber,
        lastKnownLocation = "Rayong", lastContactAt = DateTimeOffset.UtcNow.AddDays(-3), circumstances = "Her phone has been off for three days.", website = "",
        countryCode, agencyName = "Thai Seafood Co. (fictitious)",
    };

    private static async Task<(string Number, string Pin)> FileAsync(HttpClient client, object report)
    {
        var filed = await client.PostAsJsonAsync("/api/v1/public/disappearances", report, Ct);
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var receipt = await filed.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return (receipt.GetProperty("caseNumber").GetString()!, receipt.GetProperty("pin").GetString()!);
    }

    private static Task<HttpResponseMessage> TrackAsync(HttpClient client, string code, string pin) =>
        client.PostAsJsonAsync("/api/v1/public/disappearances/track", new { code, pin }, Ct);

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString();
}

public sealed class FamilyFollowsCaseTestsOnSqlite(SqliteApp app) : FamilyFollowsCaseTests<SqliteApp>(app);

public sealed class FamilyFollowsCaseTestsOnPostgres(PostgresApp app) : FamilyFollowsCaseTests<PostgresApp>(app);
