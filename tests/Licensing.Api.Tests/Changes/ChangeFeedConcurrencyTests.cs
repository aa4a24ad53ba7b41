using Licensing.Api.Tests.Support;
using static Licensing.Api.Tests.Support.WorkerSteps;

namespace Licensing.Api.Tests.Changes;

/// <summary>
/// On PostgreSQL, where positions could be taken before a slower transaction commits a lower one: a reader polling the
/// workers feed while many writers register workers in parallel ends with every worker, equal to its GET (no position
/// skipped).
/// </summary>
public sealed class ChangeFeedConcurrencyTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private const int Writers = 8;
    private const int WorkersEach = 6;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AReaderPollingDuringParallelWrites_EndsWithAnIdenticalCopy()
    {
        var licensed = await LicensedAgency.CreateAsync(app);
        using var reader = await app.ClientForAsync(licensed.StaffEmail, Users.Password);
        var copy = new FeedCopy("workers");

        var writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            using var staff = await app.ClientForAsync(licensed.StaffEmail, Users.Password);
            for (var i = 0; i < WorkersEach; i++) await RegisterAsync(staff, jobOrderId: null);
        }, Ct)).ToList();
        var pagesWhileWriting = 0;
        while (!writers.All(w => w.IsCompleted))
        {
            if (await copy.ReadPageAsync(reader, limit: 4)) pagesWhileWriting++;
            else await Task.Delay(20, Ct);
        }
        await Task.WhenAll(writers);
        await copy.CatchUpAsync(reader, limit: 4);

        Assert.True(pagesWhileWriting > 1, "The reader never read new changes while the writers wrote.");
        Assert.Equal(Writers * WorkersEach, copy.IdsOf("worker").Count);
        await copy.AssertEqualsGetsAsync(reader, "worker", "/api/v1/workers", "/api/v1/workers");
    }
}
