using Licensing.Api.Tests.Support;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Complaints;
using Licensing.Application.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Api.Tests.Complaints;

public abstract class ComplaintEscalationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "R24")]
    public async Task AnOverdueComplaint_IsEscalatedToTheSupervisor_ThenToMlvt_OncePerLevel()
    {
        var agency = await TestAgency.CreateAsync(app);
        var filed = await FiledComplaint.FileAsync(app, agency.Id);

        await RunJobAsync(days: 2);
        Assert.Equal((0, 0), await EscalationsAsync(filed.Id));

        await RunJobAsync(days: 8);
        await RunJobAsync(days: 8);
        var (supervisor, _) = await EscalationsAsync(filed.Id);
        Assert.True(supervisor > 0);
        Assert.Equal((supervisor, 0), await EscalationsAsync(filed.Id));

        await RunJobAsync(days: 20);
        await RunJobAsync(days: 21);
        var (again, mlvt) = await EscalationsAsync(filed.Id);
        Assert.Equal(supervisor, again);
        Assert.True(mlvt > 0);
        Assert.Contains(await KeysAsync(filed.Id), k => k.EndsWith(":2:address", StringComparison.Ordinal));
        Assert.Equal(2, await EscalationLevelAsync(filed.Id));
    }

    [Fact]
    public async Task TheClockMovingBackAndForthAroundTheDeadline_EscalatesOncePerLevel()
    {
        var agency = await TestAgency.CreateAsync(app);
        var filed = await FiledComplaint.FileAsync(app, agency.Id);

        await RunJobAsync(days: 8);
        var first = await KeysAsync(filed.Id);
        Assert.NotEmpty(first);

        foreach (var days in new[] { 1, 8, 2, 9, -3, 8 }) await RunJobAsync(days);
        Assert.Equal(first.Order(), (await KeysAsync(filed.Id)).Order());
        Assert.Equal(1, await EscalationLevelAsync(filed.Id));
    }

    [Fact]
    public async Task TheAgency_IsRemindedBeforeItsAnswerIsDue_AndOnceWhenOverdue()
    {
        var agency = await TestAgency.CreateAsync(app);
        var filed = await FiledComplaint.FileAsync(app, agency.Id);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        await FiledComplaint.StepAsync(officer, filed.Id, "steps", new { step = "Acknowledge" });
        await FiledComplaint.StepAsync(officer, filed.Id, "steps", new { step = "Investigate" });

        await RunJobAsync(days: 13);
        await RunJobAsync(days: 15);
        await RunJobAsync(days: 16);
        var keys = await KeysAsync(filed.Id, "complaint-answer-");
        Assert.Contains(keys, k => k.StartsWith($"complaint-answer-due:{filed.Id}:", StringComparison.Ordinal));
        Assert.Equal(keys.Count(k => k.StartsWith("complaint-answer-due", StringComparison.Ordinal)),
            keys.Count(k => k.StartsWith("complaint-answer-overdue", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task OverdueComplaintsOnSeveralPages_AreEachEscalatedOnce_AndARerunSendsNothing()
    {
        var agency = await TestAgency.CreateAsync(app);
        var filed = new List<FiledComplaint>();
        for (var i = 0; i < 5; i++) filed.Add(await FiledComplaint.FileAsync(app, agency.Id));

        Assert.True(await RunJobAsync(days: 8, pageSize: 2) >= filed.Count);
        Assert.Equal(0, await RunJobAsync(days: 8, pageSize: 2));

        var escalations = new List<(int Supervisor, int Mlvt)>();
        foreach (var complaint in filed)
        {
            escalations.Add(await EscalationsAsync(complaint.Id));
            Assert.Equal(1, await EscalationLevelAsync(complaint.Id));
        }
        Assert.True(escalations[0].Supervisor > 0);
        Assert.All(escalations, e => Assert.Equal((escalations[0].Supervisor, 0), e));
    }

    private async Task<int> RunJobAsync(int days, int pageSize = 500)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var handler = new EscalateComplaints.Handler(services.GetRequiredService<ILicensingDb>(), services.GetRequiredService<DomainEvents>(),
            new ShiftedClock(TimeSpan.FromDays(days)), new SweepOptions { PageSize = pageSize }, services.GetRequiredService<RuleSettingsCache>());
        return await handler.HandleAsync(Ct);
    }

    private async Task<(int Supervisor, int Mlvt)> EscalationsAsync(Guid id)
    {
        var keys = await KeysAsync(id);
        return (keys.Count(k => k.Contains(":1:", StringComparison.Ordinal)), keys.Count(k => k.Contains(":2:", StringComparison.Ordinal)));
    }

    private Task<int> EscalationLevelAsync(Guid id) =>
        app.WithDbAsync(db => db.Complaints.Where(c => c.Id == id).Select(c => c.EscalationLevel).SingleAsync(Ct));

    private Task<List<string>> KeysAsync(Guid id, string prefix = "complaint-escalation:") => app.WithDbAsync(db => db.OutboxMessages
        .Where(m => m.DeduplicationKey!.StartsWith(prefix) && m.DeduplicationKey.Contains(id.ToString()))
        .Select(m => m.DeduplicationKey!).ToListAsync(Ct));

    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }
}

public sealed class ComplaintEscalationTestsOnSqlite(SqliteApp app) : ComplaintEscalationTests<SqliteApp>(app);

public sealed class ComplaintEscalationTestsOnPostgres(PostgresApp app) : ComplaintEscalationTests<PostgresApp>(app);
