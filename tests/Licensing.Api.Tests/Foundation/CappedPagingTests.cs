using Licensing.Application.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Foundation;

/// <summary>Pages of a long list: exact totals near the end, a count that stops <see cref="Paging.CountCap"/> items past the page elsewhere.</summary>
public sealed class CappedPagingTests : IAsyncLifetime
{
    private const int Rows = Paging.CountCap + 1_000;
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private Numbers _db = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _connection.OpenAsync(Ct);
        _db = new Numbers(new DbContextOptionsBuilder<Numbers>().UseSqlite(_connection).Options);
        await _db.Database.EnsureCreatedAsync(Ct);
        await _db.Database.ExecuteSqlRawAsync(
            $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Rows}) INSERT INTO \"Number\" (\"Id\") SELECT i FROM n", Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        await _connection.DisposeAsync();
    }

    [Theory]
    [InlineData(1, 50, 50, Paging.CountCap + 50, true)]
    [InlineData(3, 50, 50, Paging.CountCap + 150, true)]
    [InlineData(220, 50, 50, Rows, false)]
    [InlineData(221, 50, 0, Rows, false)]
    [InlineData(367, 30, 20, Rows, false)]
    public async Task TotalIsExactNearTheEnd_AndALowerBoundFarFromIt(int page, int size, int items, int total, bool lowerBound)
    {
        var result = await _db.Set<Number>().OrderBy(n => n.Id).ToCappedPageAsync(page, size, Ct);

        Assert.Equal(items, result.Items.Count);
        Assert.All(result.Items, (n, i) => Assert.Equal((page - 1) * size + i + 1, n.Id));
        Assert.Equal(total, result.Total);
        Assert.Equal(lowerBound, result.TotalIsLowerBound);
    }

    [Fact]
    public async Task AnEmptyList_HasOnePageAndNoItems()
    {
        var result = await _db.Set<Number>().Where(n => n.Id < 0).OrderBy(n => n.Id).ToCappedPageAsync(null, null, Ct);

        Assert.Equal((0, 1, Paging.DefaultSize, false), (result.Total, result.PageNumber, result.PageSize, result.TotalIsLowerBound));
    }

    public sealed class Number
    {
        public int Id { get; set; }
    }

    private sealed class Numbers(DbContextOptions<Numbers> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Number>().ToTable("Number");
    }
}
