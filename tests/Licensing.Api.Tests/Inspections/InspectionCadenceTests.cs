using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Domain.Calendar;
using Licensing.Domain.Inspections;
using Licensing.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Inspections;

/// <summary>
/// Observation 6 of issue 16: the inspection-frequency setting was never read (one plan a year, hard-wired), sites
/// registered after a plan were never planned, and an announced ordinary visit could be scheduled for today.
/// </summary>
public abstract class InspectionFrequencyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "R8")]
    [Trait("Rule", "R9")]
    public async Task R8_APlanTakesASiteOnlyOnceItsLastOrdinaryInspectionIsOlderThanTheFrequencySetting()
    {
        var today = PhnomPenh.DateOf(DateTimeOffset.UtcNow);
        var agency = await LicensedAgency.CreateAsync(app);
        using var chief = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);

        var first = await InspectionPlans.CreateAsync(chief, today.Year + 1);
        var visits = await app.WithDbAsync(db => db.Inspections.Where(i => i.PlanId == first && i.AgencyId == agency.Agency.Id).ToListAsync(Ct));
        Assert.Equal([SiteKind.HeadOffice, SiteKind.TrainingCentre], visits.Select(v => v.Site.Kind).Order());
        var headOffice = visits.Single(v => v.Site.Kind == SiteKind.HeadOffice).Id;
        await app.WithDbAsync(db => db.Inspections.Where(i => i.Id == headOffice)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, InspectionStatus.Completed).SetProperty(i => i.ScheduledOn, today), Ct));

        await InspectionPlans.SetAsync(admin, SettingCatalog.InspectionFrequencyMonths, "36");
        var notYetDue = await InspectionPlans.CreateAsync(chief, today.Year + 2);
        Assert.False(await HeadOfficeIsPlannedAsync(notYetDue, agency));

        await InspectionPlans.SetAsync(admin, SettingCatalog.InspectionFrequencyMonths, "30");
        var due = await InspectionPlans.CreateAsync(chief, today.Year + 3);
        Assert.True(await HeadOfficeIsPlannedAsync(due, agency));
        var planned = await app.WithDbAsync(db => db.Inspections.SingleAsync(i => i.PlanId == due && i.AgencyId == agency.Agency.Id, Ct));
        Assert.True(planned.PlannedFor >= today.AddMonths(30), $"planned for {planned.PlannedFor}, due {today.AddMonths(30)}");
        Assert.Equal(InspectionKind.Ordinary, planned.Kind);
    }

    private Task<bool> HeadOfficeIsPlannedAsync(Guid planId, LicensedAgency agency) =>
        app.WithDbAsync(db => db.Inspections.AnyAsync(i => i.PlanId == planId && i.AgencyId == agency.Agency.Id && i.Site.Kind == SiteKind.HeadOffice, Ct));
}

public abstract class InspectionPlanJoiningTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "R9")]
    [Trait("Rule", "R8")]
    public async Task R9_APdotCentreRegisteredAfterThePlanWasMade_JoinsThePlan_Once()
    {
        var today = PhnomPenh.DateOf(DateTimeOffset.UtcNow);
        var agency = await LicensedAgency.CreateAsync(app);
        using var chief = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var plan = await InspectionPlans.CreateAsync(chief, today.Year + 1);

        var added = await staff.PostAsJsonAsync($"/api/v1/agencies/{agency.Agency.Id}/training-centres",
            new { name = "Siem Reap PDOT Centre", address = "National Road 6", provinceCode = "KH-17", capacity = 40 }, Ct);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var centre = (await added.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.Equal(0, await VisitsOfAsync(plan, centre));

        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync("/api/v1/admin/jobs/inspection-plan-sites/run", null, Ct)).StatusCode);
        Assert.Equal(1, await Eventually.ReturnsAsync(() => VisitsOfAsync(plan, centre), count => count > 0));
        var visit = await app.WithDbAsync(db => db.Inspections.SingleAsync(i => i.PlanId == plan && i.Site.SiteId == centre, Ct));
        Assert.Equal((InspectionKind.Ordinary, SiteKind.TrainingCentre, today.Year + 1), (visit.Kind, visit.Site.Kind, visit.PlannedFor.Year));

        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync("/api/v1/admin/jobs/inspection-plan-sites/run", null, Ct)).StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        Assert.Equal(1, await VisitsOfAsync(plan, centre));
    }

    [Fact]
    [Trait("Rule", "R8")]
    public async Task R8_AnAnnouncedOrdinaryVisitSoonerThanTheNotice_IsRefusedWithTheEarliestDate_AnUnannouncedSpecialVisitIsNot()
    {
        var today = PhnomPenh.DateOf(DateTimeOffset.UtcNow);
        var agency = await LicensedAgency.CreateAsync(app);
        using var chief = await app.ClientForAsync(DemoLogins.LicensingOfficer, language: "en");
        using var chiefKm = await app.ClientForAsync(DemoLogins.LicensingOfficer, language: "km");
        using var inspector = await app.ClientForAsync(DemoLogins.Inspector);
        var inspectorId = (await inspector.GetFromJsonAsync<JsonElement>("/api/v1/auth/me", Ct)).GetProperty("id").GetGuid();
        var plan = await InspectionPlans.CreateAsync(chief, today.Year + 2);
        var ordinary = await app.WithDbAsync(db => db.Inspections.Where(i => i.PlanId == plan && i.AgencyId == agency.Agency.Id && i.Site.Kind == SiteKind.HeadOffice)
            .Select(i => i.Id).SingleAsync(Ct));

        var tooSoon = await chief.PostAsJsonAsync($"/api/v1/inspections/{ordinary}/schedule", new { date = today, inspectorIds = new[] { inspectorId } }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooSoon.StatusCode);
        var problem = await tooSoon.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("notice_too_short", problem.GetProperty("code").GetString());
        Assert.Contains($"{today.AddDays(7):yyyy-MM-dd}", problem.GetProperty("detail").GetString());
        var khmer = await (await chiefKm.PostAsJsonAsync($"/api/v1/inspections/{ordinary}/schedule", new { date = today.AddDays(6), inspectorIds = new[] { inspectorId } }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("ជូនដំណឹង", khmer.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await chief.PostAsJsonAsync($"/api/v1/inspections/{ordinary}/schedule", new { date = today.AddDays(7), inspectorIds = new[] { inspectorId } }, Ct)).StatusCode);

        var special = await chief.PostAsJsonAsync("/api/v1/inspections", new { agencyId = agency.Agency.Id, plannedFor = today, announced = false }, Ct);
        var specialId = (await special.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await chief.PostAsJsonAsync($"/api/v1/inspections/{specialId}/schedule", new { date = today, inspectorIds = new[] { inspectorId } }, Ct)).StatusCode);
    }

    private Task<int> VisitsOfAsync(Guid planId, Guid siteId) =>
        app.WithDbAsync(db => db.Inspections.CountAsync(i => i.PlanId == planId && i.Site.SiteId == siteId, Ct));
}

/// <summary>Plans and settings through the chief inspector's and the administrator's API.</summary>
internal static class InspectionPlans
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<Guid> CreateAsync(HttpClient chief, int year)
    {
        var created = await chief.PostAsJsonAsync("/api/v1/inspection-plans", new { year }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await chief.GetFromJsonAsync<JsonElement>(created.Headers.Location!.ToString(), Ct)).GetProperty("id").GetGuid();
    }

    public static async Task SetAsync(HttpClient admin, string key, string value)
    {
        var settings = await admin.GetFromJsonAsync<JsonElement>("/api/v1/settings", Ct);
        var version = settings.EnumerateArray().Single(s => s.GetProperty("key").GetString() == key).GetProperty("version").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/settings/{key}", new { value, version }, Ct)).StatusCode);
    }
}

public sealed class InspectionFrequencyTestsOnSqlite(SqliteApp app) : InspectionFrequencyTests<SqliteApp>(app);

public sealed class InspectionFrequencyTestsOnPostgres(PostgresApp app) : InspectionFrequencyTests<PostgresApp>(app);

public sealed class InspectionPlanJoiningTestsOnSqlite(SqliteApp app) : InspectionPlanJoiningTests<SqliteApp>(app);

public sealed class InspectionPlanJoiningTestsOnPostgres(PostgresApp app) : InspectionPlanJoiningTests<PostgresApp>(app);
