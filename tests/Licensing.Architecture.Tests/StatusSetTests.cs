using System.Text.RegularExpressions;
using Licensing.Domain.Complaints;
using Licensing.Domain.Evaluations;
using Licensing.Domain.Licences;

namespace Licensing.Architecture.Tests;

/// <summary>
/// A set of statuses is defined once, in the domain; the generated migrations of both providers carry copies of it as
/// SQL (partial index filters, statistics triggers). Each list of statuses in their SQL must be one of the domain's sets.
/// </summary>
public sealed partial class StatusSetTests
{
    /// <summary>The domain's sets that SQL copies, each recognised by the enum its statuses belong to.</summary>
    private static readonly Dictionary<Type, IReadOnlyList<string>> DomainSets = new()
    {
        [typeof(ComplaintStatus)] = Complaint.OpenStatuses.Select(s => s.ToString()).ToList(),
        [typeof(LicenceStatus)] = OneLicencePerCompany.HoldingStatuses.Select(s => s.ToString()).ToList(),
        [typeof(EvaluationStatus)] = Evaluation.OpenStatuses.Select(s => s.ToString()).ToList(),
    };

    [Theory]
    [Trait("Rule", "R31")]
    [InlineData("Licensing.Migrations.Sqlite")]
    [InlineData("Licensing.Migrations.Postgres")]
    public void EveryStatusListInTheMigrations_IsTheDomainsSet(string migrations)
    {
        var lists = SourceFiles.CSharp(Path.Combine("migrations", migrations)).Where(f => !f.Path.EndsWith(".Designer.cs", StringComparison.Ordinal))
            .SelectMany(f => StatusList().Matches(f.Text).Select(m => (Where: $"{f.Path}:{SourceFiles.LineOf(f.Text, m.Index)}",
                Statuses: Names().Matches(m.Groups["list"].Value).Select(n => n.Groups[1].Value).ToList())))
            .ToList();
        Assert.Contains(lists, l => l.Statuses.Contains(nameof(ComplaintStatus.Conciliation)));
        Assert.Contains(lists, l => l.Statuses.Contains(nameof(LicenceStatus.Suspended)));
        Assert.All(lists, list =>
        {
            var set = DomainSets.Where(s => list.Statuses.All(name => Enum.GetNames(s.Key).Contains(name))).Select(s => s.Value).FirstOrDefault();
            Assert.True(set is not null, $"{list.Where}: ({string.Join(", ", list.Statuses)}) is no set the domain defines");
            Assert.True(set.SequenceEqual(list.Statuses), $"{list.Where}: ({string.Join(", ", list.Statuses)}) differs from the domain's ({string.Join(", ", set)})");
        });
    }

    /// <summary>
    /// A status compared on its own ("Status" = 'Received', "Status" &lt;&gt; 'Decided') is a name the frozen SQL keeps: it must
    /// still be a status of the domain, or a renamed status would silently select nothing. (What each live index and trigger
    /// selects is checked against the sets on both providers by the API tests' StatusSetDatabaseTests.)
    /// </summary>
    [Theory]
    [InlineData("Licensing.Migrations.Sqlite")]
    [InlineData("Licensing.Migrations.Postgres")]
    public void EveryStatusComparedInTheMigrations_IsADomainStatus(string migrations)
    {
        var statuses = typeof(Complaint).Assembly.GetTypes().Where(t => t.IsEnum && t.Name.EndsWith("Status", StringComparison.Ordinal))
            .SelectMany(Enum.GetNames).ToHashSet();
        var compared = SourceFiles.CSharp(Path.Combine("migrations", migrations)).Where(f => !f.Path.EndsWith(".Designer.cs", StringComparison.Ordinal))
            .SelectMany(f => StatusComparison().Matches(f.Text).Select(m => (Where: $"{f.Path}:{SourceFiles.LineOf(f.Text, m.Index)}", Name: m.Groups["name"].Value)))
            .ToList();
        Assert.Contains(compared, c => c.Name == nameof(EvaluationStatus.Decided));
        Assert.All(compared, c => Assert.True(statuses.Contains(c.Name), $"{c.Where}: '{c.Name}' is no status of the domain"));
    }

    [GeneratedRegex("""Status\\?"\s*(=|<>)\s*'(?<name>[A-Za-z]+)'""")]
    private static partial Regex StatusComparison();

    /// <summary>"Status" IN (...) in a migration's SQL, quoted as C# text (\"Status\") or verbatim ("Status").</summary>
    [GeneratedRegex("""Status\\?"\s+IN\s*\((?<list>[^)]*)\)""")]
    private static partial Regex StatusList();

    [GeneratedRegex("'([A-Za-z]+)'")]
    private static partial Regex Names();
}
