using Licensing.Api.Tests.Support;
using Licensing.Infrastructure.ChangeFeed;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Changes;

/// <summary>A database whose records are older than the change feed gets one line for each at start-up, so a replay from 0 finds them all.</summary>
public sealed class ChangeFeedBaselineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task RecordsFromBeforeTheFeed_AreReplayedAfterTheNextStart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var first = new AppOn(database))
        {
            await first.InitializeAsync();
            await TestAgency.CreateAsync(first);
        }
        await using (var db = database.OpenContext())
        {
            await db.Changes.ExecuteDeleteAsync(Ct);
            await db.Set<ChangeCounter>().ExecuteUpdateAsync(s => s.SetProperty(c => c.LastPosition, 0), Ct);
        }

        await using var second = new AppOn(database);
        await second.InitializeAsync();
        using var officer = await second.ClientForAsync(DemoLogins.LicensingOfficer);
        var register = new FeedCopy("register");
        await register.CatchUpAsync(officer, limit: 100);
        await register.AssertEqualsGetsAsync(officer, "agency", "/api/v1/agencies", "/api/v1/agencies");
        await register.AssertEqualsGetsAsync(officer, "licence", "/api/v1/licences", "/api/v1/licences");
        var workers = new FeedCopy("workers");
        await workers.CatchUpAsync(officer, limit: 100);
        await workers.AssertEqualsGetsAsync(officer, "worker", "/api/v1/workers", "/api/v1/workers");
    }
}
