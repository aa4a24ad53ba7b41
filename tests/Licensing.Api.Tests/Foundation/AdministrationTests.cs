using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Foundation;

public abstract class AdministrationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    [Fact]
    public async Task CreatingAUser_IsAuditedWithWhoAndWhat()
    {
        var email = await Users.CreateAsync(app, "Inspector");
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);

        var audit = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit?entityType=ApplicationUser&pageSize=200", TestContext.Current.CancellationToken);
        var entry = audit.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("changes").GetString()!.Contains(email));
        Assert.Equal("Added", entry.GetProperty("action").GetString());
        Assert.Equal(DemoLogins.Administrator, entry.GetProperty("userName").GetString());
        Assert.DoesNotContain("PasswordHash", entry.GetProperty("changes").GetString());
    }

    [Fact]
    public async Task TheAuditTrail_CannotBeChangedThroughTheApplicationOrBySql()
    {
        var edited = await Record.ExceptionAsync(() => app.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.OrderBy(e => e.Id).FirstAsync();
            db.Entry(entry).Property(e => e.Changes).CurrentValue = "{}";
            return await db.SaveChangesAsync();
        }));
        Assert.IsType<InvalidOperationException>(edited);

        var deleted = await Record.ExceptionAsync(() => app.WithDbAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.OrderBy(e => e.Id).FirstAsync());
            return await db.SaveChangesAsync();
        }));
        Assert.IsType<InvalidOperationException>(deleted);

        var bySql = await Record.ExceptionAsync(() => app.WithDbAsync(db => db.AuditEntries.Where(e => e.Id > 0).ExecuteDeleteAsync()));
        Assert.NotNull(bySql);
        var updatedBySql = await Record.ExceptionAsync(() => app.WithDbAsync(db => db.AuditEntries.ExecuteUpdateAsync(s => s.SetProperty(e => e.Changes, "{}"))));
        Assert.NotNull(updatedBySql);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.CountAsync()) > 0);
    }

    [Fact]
    public async Task UpdatingASetting_WithAStaleVersion_Is409AndKeepsTheFirstChange()
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var settings = await admin.GetFromJsonAsync<JsonElement>("/api/v1/settings", TestContext.Current.CancellationToken);
        var notice = settings.EnumerateArray().Single(s => s.GetProperty("key").GetString() == "inspection.notice-days");
        var version = notice.GetProperty("version").GetString();

        var first = await admin.PutAsJsonAsync("/api/v1/settings/inspection.notice-days", new { value = "10", version }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await admin.PutAsJsonAsync("/api/v1/settings/inspection.notice-days", new { value = "3", version }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);

        settings = await admin.GetFromJsonAsync<JsonElement>("/api/v1/settings", TestContext.Current.CancellationToken);
        Assert.Equal("10", settings.EnumerateArray().Single(s => s.GetProperty("key").GetString() == "inspection.notice-days").GetProperty("value").GetString());
    }

    [Fact]
    public async Task UpdatingASetting_WithAValueOfTheWrongShape_Is422()
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var settings = await admin.GetFromJsonAsync<JsonElement>("/api/v1/settings", TestContext.Current.CancellationToken);
        var term = settings.EnumerateArray().Single(s => s.GetProperty("key").GetString() == "licence.term-months");

        var response = await admin.PutAsJsonAsync("/api/v1/settings/licence.term-months", new { value = "-5", version = term.GetProperty("version").GetString() }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync("/api/v1/settings/no.such-setting", new { value = "1", version = Guid.NewGuid() }, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Jobs_AreListedWithTheirNextRunAndCanBeRunNow()
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var jobs = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/jobs", TestContext.Current.CancellationToken);
        var cleanup = jobs.EnumerateArray().Single(j => j.GetProperty("name").GetString() == "outbox-cleanup");
        Assert.Equal(JsonValueKind.String, cleanup.GetProperty("nextFireAt").ValueKind);

        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync("/api/v1/admin/jobs/outbox-cleanup/run", null, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/v1/admin/jobs/no-such-job/run", null, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ReferenceData_IsSeeded()
    {
        using var client = app.CreateClient();
        var countries = await client.GetFromJsonAsync<JsonElement>("/api/v1/reference/countries", TestContext.Current.CancellationToken);
        Assert.Equal(["HK", "JP", "KR", "KW", "MY", "QA", "SA", "SG", "TH"], countries.EnumerateArray().Select(c => c.GetProperty("code").GetString()).Order());
        var provinces = await client.GetFromJsonAsync<JsonElement>("/api/v1/reference/provinces", TestContext.Current.CancellationToken);
        Assert.Equal(25, provinces.GetArrayLength());
        Assert.Contains(provinces.EnumerateArray(), p => p.GetProperty("nameKm").GetString() == "បាត់ដំបង");
        var sectors = await client.GetFromJsonAsync<JsonElement>("/api/v1/reference/sectors", TestContext.Current.CancellationToken);
        Assert.Equal(8, sectors.GetArrayLength());

        var restriction = await app.WithDbAsync(db => db.DeploymentRestrictions.SingleAsync());
        Assert.True(restriction.Blocks("MY", "domestic-work", new DateOnly(2026, 1, 1)));
        Assert.Equal(121, await app.WithDbAsync(db => db.Licences.CountAsync())); // 120 private agencies and MTOSB
        Assert.Equal(3, await app.WithDbAsync(db => db.LicenceApplications.CountAsync(a => a.Status == ApplicationStatus.Submitted && a.Documents.Count == 7)));
    }
}

public sealed class AdministrationTestsOnSqlite(SqliteApp app) : AdministrationTests<SqliteApp>(app);

public sealed class AdministrationTestsOnPostgres(PostgresApp app) : AdministrationTests<PostgresApp>(app);
