using Licensing.Api.Tests.Support;
using Licensing.Application.Common;
using Licensing.Domain.Complaints;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Calendar;

/// <summary>
/// R35: the complaint totals are kept by the Phnom Penh month of an instant. The triggers the baseline migration makes
/// (the latest ones of the hand-written set) move a complaint whose instants change to the Phnom Penh months they fall in,
/// so the totals equal the complaints counted afresh by Phnom Penh month.
/// </summary>
[Trait("Rule", "R35")]
public abstract class PhnomPenhMonthRecountTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheMigrationsTriggers_KeepTheComplaintTotalsByPhnomPenhMonth()
    {
        var complaint = await FiledComplaint.FileAsync(app, null, category: "ExcessiveFees");
        await app.WithDbAsync(db => db.Complaints.Where(c => c.Id == complaint.Id).ExecuteUpdateAsync(c => c
            .SetProperty(x => x.ReceivedAt, new DateTimeOffset(2026, 1, 31, 20, 0, 0, TimeSpan.Zero))
            .SetProperty(x => x.AcknowledgeBy, new DateTimeOffset(2026, 2, 28, 18, 0, 0, TimeSpan.Zero)), Ct));
        var expected = await app.WithDbAsync(CountedAfreshAsync);
        Assert.Contains("received 2026-02 ExcessiveFees KH-2 1", expected);
        Assert.Contains(expected, e => e.StartsWith("due 2026-03 KH-2 ", StringComparison.Ordinal));

        Assert.Equal(expected, await app.WithDbAsync(TotalsAsync));
    }

    private static async Task<List<string>> CountedAfreshAsync(LicensingDbContext db)
    {
        var complaints = await db.Complaints.AsNoTracking()
            .Select(c => new { c.ReceivedAt, c.Account.Category, c.Complainant.ProvinceCode, c.Status, Due = c.Status == ComplaintStatus.Received ? c.AcknowledgeBy : c.ResolveBy })
            .ToListAsync(Ct);
        var open = complaints.Where(c => c.Status is ComplaintStatus.Received or ComplaintStatus.Acknowledged or ComplaintStatus.UnderInvestigation or ComplaintStatus.Conciliation);
        return complaints.GroupBy(c => $"received {CalendarMonth.Of(c.ReceivedAt)} {c.Category} {c.ProvinceCode}").Select(g => $"{g.Key} {g.Count()}")
            .Concat(open.GroupBy(c => $"due {CalendarMonth.Of(c.Due)} {c.ProvinceCode}").Select(g => $"{g.Key} {g.Count()}"))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<List<string>> TotalsAsync(LicensingDbContext db)
    {
        var received = await db.ReceivedComplaintCounts.AsNoTracking().ToListAsync(Ct);
        var open = await db.OpenComplaintCounts.AsNoTracking().ToListAsync(Ct);
        return received.GroupBy(t => $"received {t.Month} {t.Category} {t.ProvinceCode}").Select(g => (g.Key, Count: g.Sum(t => t.Complaints)))
            .Concat(open.GroupBy(t => $"due {t.DueMonth} {t.ProvinceCode}").Select(g => (g.Key, Count: g.Sum(t => t.Complaints))))
            .Where(t => t.Count != 0).Select(t => $"{t.Key} {t.Count}").Order(StringComparer.Ordinal).ToList();
    }
}

public sealed class PhnomPenhMonthRecountTestsOnSqlite(SqliteApp app) : PhnomPenhMonthRecountTests<SqliteApp>(app);

public sealed class PhnomPenhMonthRecountTestsOnPostgres(PostgresApp app) : PhnomPenhMonthRecountTests<PostgresApp>(app);
