using System.Text.RegularExpressions;
using Licensing.Api.Tests.Support;
using Licensing.Domain.Complaints;
using Licensing.Domain.Evaluations;
using Licensing.Domain.Licences;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Foundation;

/// <summary>
/// The migrations are frozen, so the SQL copies of the domain's status sets are checked where they end up: in the
/// database the migrations build, on each provider. Every partial index filtering on a status selects the domain's set
/// (or the one status) it was written from, and every status list in a trigger is one of the domain's sets.
/// </summary>
public sealed partial class StatusSetDatabaseTests
{
    private static readonly Dictionary<string, IReadOnlyList<string>> IndexSets = new()
    {
        ["IX_Complaints_Open"] = Names(Complaint.OpenStatuses),
        ["IX_Complaints_Received_ResolveBy_Id"] = [nameof(ComplaintStatus.Received)],
        ["IX_Complaints_Received_AcknowledgeBy"] = [nameof(ComplaintStatus.Received)],
        ["IX_Complaints_NotReceived_ResolveBy_Id"] = Names(Enum.GetValues<ComplaintStatus>().Where(s => s != ComplaintStatus.Received)),
        ["IX_Evaluations_OneOpenPerAgency"] = Names(Evaluation.OpenStatuses),
        ["IX_Licences_AgencyId_Held"] = Names(OneLicencePerCompany.HoldingStatuses),
    };

    private static readonly IReadOnlyList<IReadOnlyList<string>> DomainSets =
        [Names(Complaint.OpenStatuses), Names(Evaluation.OpenStatuses), Names(OneLicencePerCompany.HoldingStatuses)];

    [Theory]
    [Trait("Rule", "R31")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task EveryStatusFilterOfAnIndex_SelectsTheDomainsSet(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var filters = new Dictionary<string, string>();
        foreach (var (name, definition) in await IndexDefinitionsAsync(database))
        {
            var where = definition.IndexOf(" WHERE ", StringComparison.OrdinalIgnoreCase);
            if (where >= 0 && definition.IndexOf("\"Status\"", where, StringComparison.Ordinal) >= 0) filters[name] = definition[(where + 7)..];
        }

        Assert.Equal(IndexSets.Keys.Order(), filters.Keys.Order());
        Assert.All(IndexSets, expected =>
        {
            var selected = Selected(filters[expected.Key], EnumOf(expected.Value));
            Assert.True(selected.Order().SequenceEqual(expected.Value.Order()),
                $"{expected.Key} selects ({string.Join(", ", selected)}), the domain's set is ({string.Join(", ", expected.Value)})");
        });
    }

    [Theory]
    [Trait("Rule", "R31")]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task EveryStatusListOfATrigger_IsADomainSet(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var lists = (await SchemaDescription.DescribeTriggersAsync(database))
            .SelectMany(trigger => StatusList().Matches(trigger).Select(m => Quoted().Matches(m.Groups["list"].Value).Select(n => n.Groups[1].Value).ToList()))
            .ToList();

        Assert.Contains(lists, l => l.Contains(nameof(ComplaintStatus.Conciliation)));
        Assert.All(lists, list => Assert.True(DomainSets.Any(set => set.SequenceEqual(list)),
            $"a trigger's ({string.Join(", ", list)}) is no set the domain defines"));
    }

    /// <summary>What a filter selects among the statuses of its enum: those it names, or with &lt;&gt; / NOT IN, the others.</summary>
    private static List<string> Selected(string filter, IReadOnlyList<string> all)
    {
        var named = Quoted().Matches(filter).Select(m => m.Groups[1].Value).ToList();
        Assert.All(named, name => Assert.Contains(name, all));
        var negated = filter.Contains("<>", StringComparison.Ordinal) || filter.Contains("NOT IN", StringComparison.OrdinalIgnoreCase);
        return negated ? all.Except(named).ToList() : named;
    }

    /// <summary>Every status of the enum the set belongs to.</summary>
    private static string[] EnumOf(IReadOnlyList<string> set) =>
        new[] { typeof(ComplaintStatus), typeof(EvaluationStatus), typeof(LicenceStatus) }.Select(Enum.GetNames).Single(names => set.All(names.Contains));

    private static List<string> Names<TStatus>(IEnumerable<TStatus> statuses) where TStatus : struct, Enum => statuses.Select(s => s.ToString()).ToList();

    private static async Task<TestDatabase> MigratedAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.OpenContext();
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        return database;
    }

    private static async Task<List<(string Name, string Definition)>> IndexDefinitionsAsync(TestDatabase database)
    {
        await using var db = database.OpenContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return await SchemaDescription.QueryAsync(connection, database.Provider == DatabaseProvider.Sqlite
                ? "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                : "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'",
            r => (r.GetString(0), r.GetString(1)));
    }

    [GeneratedRegex("""Status"\s+IN\s*\((?<list>[^)]*)\)""")]
    private static partial Regex StatusList();

    [GeneratedRegex("'([A-Za-z]+)'")]
    private static partial Regex Quoted();
}
