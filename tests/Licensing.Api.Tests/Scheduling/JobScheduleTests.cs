using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using Licensing.Api.Tests.Support;
using Licensing.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Api.Tests.Scheduling;

/// <summary>Every catalog job is a Hangfire recurring job in Phnom Penh time, on a schedule administrators can change.</summary>
public abstract class JobScheduleTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void EveryCatalogJob_IsARecurringJobInPhnomPenhTime()
    {
        var registered = RecurringJobs();
        Assert.Equal(JobCatalog.All.Select(j => j.Name).Order(), registered.Select(j => j.Id).Order());
        Assert.All(registered, j => Assert.Equal("Asia/Phnom_Penh", j.TimeZoneId));
        // 07:00 in Phnom Penh is midnight UTC.
        var reminders = registered.Single(j => j.Id == "licence-expiry-reminders");
        Assert.Equal(0, reminders.NextExecution!.Value.Hour);
        Assert.Equal(0, reminders.NextExecution.Value.Minute);
    }

    [Fact]
    public async Task AnAdministrator_ChangesASchedule_WhichOutlivesARestart_AndCanPutTheDefaultBack()
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);

        var changed = await admin.PutAsJsonAsync("/api/v1/admin/jobs/evaluations-due/schedule", new { cron = " 45  9 * * 1-5 " }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        var job = await JobAsync(admin, "evaluations-due");
        Assert.Equal("45 9 * * 1-5", job.GetProperty("schedule").GetString());
        Assert.Equal("15 6 * * *", job.GetProperty("defaultSchedule").GetString());
        var next = job.GetProperty("nextFireAt").GetDateTimeOffset().ToUniversalTime();
        Assert.Equal((2, 45), (next.Hour, next.Minute)); // 09:45 in Phnom Penh
        Assert.NotEqual(DayOfWeek.Saturday, next.AddHours(7).DayOfWeek);

        // An instance starting later registers the administrator's schedule, not the default.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RecurringJobs>().RegisterAllAsync(Ct);
        }
        Assert.Equal("45 9 * * 1-5", RecurringJobs().Single(j => j.Id == "evaluations-due").Cron);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync("/api/v1/admin/jobs/evaluations-due/schedule", new { cron = "" }, Ct)).StatusCode);
        Assert.Equal("15 6 * * *", (await JobAsync(admin, "evaluations-due")).GetProperty("schedule").GetString());
        Assert.Equal(0, await app.WithDbAsync(db => db.JobSchedules.CountAsync(s => s.JobName == "evaluations-due")));
    }

    [Theory]
    [InlineData("every morning")]
    [InlineData("61 * * * *")]
    [InlineData("0 7 * *")]
    [InlineData("0 25 * * *")]
    public async Task AScheduleThatIsNotCron_IsRefusedWith422_AndChangesNothing(string cron)
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var response = await admin.PutAsJsonAsync("/api/v1/admin/jobs/sanction-effects/schedule", new { cron }, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("job_schedule_invalid", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal("10 0 * * *", RecurringJobs().Single(j => j.Id == "sanction-effects").Cron);
    }

    [Fact]
    public async Task OnlyAdministrators_ChangeSchedules_OfJobsThatExist()
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync("/api/v1/admin/jobs/no-such-job/schedule", new { cron = "0 7 * * *" }, Ct)).StatusCode);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsJsonAsync("/api/v1/admin/jobs/outbox-cleanup/schedule", new { cron = "0 7 * * *" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task RunNow_QueuesAHangfireRunOfTheJob()
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var run = await HangfireRuns.StartAsync(admin, "outbox-cleanup");
        var states = await HangfireRuns.WaitUntilSucceededAsync(app, run);
        Assert.Contains("Enqueued", states);
    }

    private List<RecurringJobDto> RecurringJobs()
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs();
    }

    private static async Task<JsonElement> JobAsync(HttpClient admin, string name) =>
        (await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/jobs", Ct)).EnumerateArray().Single(j => j.GetProperty("name").GetString() == name);
}

public sealed class JobScheduleTestsOnSqlite(SqliteApp app) : JobScheduleTests<SqliteApp>(app);

public sealed class JobScheduleTestsOnPostgres(PostgresApp app) : JobScheduleTests<PostgresApp>(app);
