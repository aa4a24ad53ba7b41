using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Licensing.Architecture.Tests;

/// <summary>
/// Every rule of RULES.md (R1–R35) has a row in docs/rules.md and at least one test carrying its number,
/// <c>[Trait("Rule", "R12")]</c>, so that <c>grep -r R12 tests</c> finds the proof. The tests a row names must
/// exist and carry that row's number. Read from the sources, so the browser tests count too.
/// </summary>
public sealed partial class RuleCoverageTests
{
    private const int RuleCount = 35;

    private static readonly string Root = RepositoryRoot();
    private static readonly IReadOnlyList<RuleRow> Rows = ReadRows(Path.Combine(Root, "docs", "rules.md"));
    private static readonly ILookup<string, string> TaggedTests = ReadTaggedTests(Path.Combine(Root, "tests"));

    [Fact]
    public void TheRulesTable_ListsEveryRule()
    {
        var listed = Rows.Select(r => r.Rule).ToHashSet();
        var missing = Enumerable.Range(1, RuleCount).Select(n => $"R{n}").Where(r => !listed.Contains(r)).ToList();
        Assert.True(missing.Count == 0, $"docs/rules.md has no row for {string.Join(", ", missing)}");
    }

    [Fact]
    public void EveryRuleInTheTable_HasATestCarryingItsNumber()
    {
        var untested = Rows.Select(r => r.Rule).Where(r => !TaggedTests[r].Any()).ToList();
        Assert.True(untested.Count == 0, $"No test carries [Trait(\"Rule\", \"Rn\")] for {string.Join(", ", untested)}");
    }

    [Fact]
    public void EveryTestTheTableNames_ExistsAndCarriesThatRule()
    {
        var wrong = Rows.SelectMany(r => r.Tests.Where(t => !TaggedTests[r.Rule].Contains(t)).Select(t => $"{r.Rule}: {t}")).ToList();
        Assert.True(wrong.Count == 0, "docs/rules.md names tests that do not carry the rule's trait:\n" + string.Join('\n', wrong));
    }

    private sealed record RuleRow(string Rule, IReadOnlyList<string> Tests);

    /// <summary>The table rows "| R12 | rule | enforced by | Class.Method, … |"; test names are the Class.Method pairs of the last column.</summary>
    private static List<RuleRow> ReadRows(string path) =>
        File.ReadLines(path)
            .Select(line => RuleRowPattern().Match(line))
            .Where(m => m.Success)
            .Select(m =>
            {
                var cells = m.Value.Split('|');
                var tests = TestNamePattern().Matches(cells[^2]).Select(t => t.Value).ToList();
                return new RuleRow(m.Groups["rule"].Value, tests);
            })
            .ToList();

    /// <summary>For each rule number, the tests ("Class.Method") with an attribute line carrying it.</summary>
    private static ILookup<string, string> ReadTaggedTests(string testsFolder) =>
        Directory.EnumerateFiles(testsFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .SelectMany(f => TaggedIn(File.ReadAllText(f)))
            .ToLookup(t => t.Rule, t => t.Test);

    private static IEnumerable<(string Rule, string Test)> TaggedIn(string source)
    {
        foreach (Match trait in RuleTraitPattern().Matches(source))
        {
            var classTrait = TypePattern().Match(source, trait.Index) is { Success: true } next
                && (MethodPattern().Match(source, trait.Index) is not { Success: true } first || next.Index < first.Index);
            if (classTrait)
            {
                // A trait on the class carries the rule for every test the class declares.
                var type = TypePattern().Match(source, trait.Index);
                var end = TypePattern().Match(source, type.Index + type.Length) is { Success: true } following ? following.Index : source.Length;
                foreach (Match method in MethodPattern().Matches(source[..end], type.Index))
                {
                    yield return (trait.Groups["rule"].Value, $"{type.Groups["name"].Value}.{method.Groups["name"].Value}");
                }
                continue;
            }
            var test = MethodPattern().Match(source, trait.Index);
            var owner = TypePattern().Matches(source[..trait.Index]).LastOrDefault();
            yield return (trait.Groups["rule"].Value, $"{owner?.Groups["name"].Value}.{test.Groups["name"].Value}");
        }
    }

    private static string RepositoryRoot([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", ".."));

    [GeneratedRegex(@"^\|\s*(?<rule>R\d+)\s*\|.*\|\s*$")]
    private static partial Regex RuleRowPattern();

    [GeneratedRegex(@"\b[A-Z]\w*\.[A-Z]\w*\b")]
    private static partial Regex TestNamePattern();

    [GeneratedRegex(@"^\s*\[Trait\(""Rule"",\s*""(?<rule>R\d+)""\)\]", RegexOptions.Multiline)]
    private static partial Regex RuleTraitPattern();

    [GeneratedRegex(@"\b(?:Task|void)\s+(?<name>\w+)\s*\(")]
    private static partial Regex MethodPattern();

    [GeneratedRegex(@"^\s*(?:[a-z]+\s+)*class\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TypePattern();
}
