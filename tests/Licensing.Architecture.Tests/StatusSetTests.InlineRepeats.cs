using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Licensing.Domain.Complaints;

namespace Licensing.Architecture.Tests;

/// <summary>
/// A set of statuses the domain names (a static <c>…Statuses</c> list) is used by its name: code that writes the same
/// statuses out again (<c>Status is A or B</c>, <c>Status != A &amp;&amp; Status != B</c>) would drift from the set when it
/// changes. A different set, written once, may stay inline.
/// </summary>
public sealed partial class StatusSetTests
{
    [Fact]
    public void NoCode_WritesOutASetTheDomainNames()
    {
        var named = NamedSets();
        Assert.Contains(named, s => s.Name == "Inspection.UpcomingStatuses");
        var repeats = Sources()
            .SelectMany(f => InlineSets(f.Text).Select(set => (Where: $"{f.Path}:{SourceFiles.LineOf(f.Text, set.Index)}", set.Enum, set.Statuses)))
            .SelectMany(inline => named.Where(n => n.Enum == inline.Enum && n.Statuses.SetEquals(inline.Statuses)).Select(n => $"{inline.Where}: {n.Name}"))
            .ToList();
        Assert.True(repeats.Count == 0, $"statuses written out where the domain names their set; use the set:\n{string.Join('\n', repeats)}");
    }

    [Theory]
    [InlineData("Require(Status is LicenceStatus.Active or LicenceStatus.Suspended, ErrorCodes.LicenceNotRevocable);", "LicenceStatus: Active, Suspended")]
    [InlineData("if (Status is not (LicenceStatus.Suspended or LicenceStatus.Active)) return;", "LicenceStatus: Suspended, Active")]
    [InlineData("i.Status != InspectionStatus.Planned && i.Status != InspectionStatus.Scheduled", "InspectionStatus: Planned, Scheduled")]
    [InlineData("s == ComplaintStatus.Received || s == ComplaintStatus.Acknowledged", "ComplaintStatus: Received, Acknowledged")]
    [InlineData("Require(Status == LicenceStatus.Suspended, ErrorCodes.LicenceNotSuspended);", "")]
    public void TheInlineSetRule_SeesStatusesWrittenOut(string line, string expected) =>
        Assert.Equal(expected, string.Join("; ", InlineSets(line).Select(s => $"{s.Enum}: {string.Join(", ", s.Statuses)}")));

    /// <summary>Every static list of statuses the domain names, public or not, with the statuses it holds.</summary>
    private static List<(string Name, string Enum, HashSet<string> Statuses)> NamedSets() =>
        typeof(Complaint).Assembly.GetTypes()
            .SelectMany(t => t.GetMembers(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(m => m.Name.EndsWith("Statuses", StringComparison.Ordinal))
                .Select(m => (Name: $"{t.Name}.{m.Name}", Value: m switch
                {
                    PropertyInfo p => p.GetValue(null),
                    FieldInfo f => f.GetValue(null),
                    _ => null,
                })))
            .Where(m => m.Value is IEnumerable values && values.GetType().GetInterfaces().Any(IsEnumSequence))
            .Select(m => (m.Name, Enum: ((IEnumerable)m.Value!).Cast<Enum>().First().GetType().Name,
                Statuses: ((IEnumerable)m.Value!).Cast<Enum>().Select(s => s.ToString()).ToHashSet()))
            .ToList();

    private static bool IsEnumSequence(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) && type.GetGenericArguments()[0].IsEnum;

    private static IEnumerable<(string Path, string Text)> Sources()
    {
        var views = Directory.EnumerateFiles(Path.Combine(SourceFiles.Root, "src"), "*.cshtml", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(SourceFiles.Root, f), File.ReadAllText(f)));
        return SourceFiles.CSharp("src").Concat(views);
    }

    /// <summary>Each run of two or more statuses of one enum joined by <c>or</c>, <c>&amp;&amp;</c> or <c>||</c> comparisons.</summary>
    private static IEnumerable<(int Index, string Enum, List<string> Statuses)> InlineSets(string text) =>
        StatusesJoined().Matches(text).Select(m => (m.Index, m.Groups["enum"].Value,
            Regex.Matches(m.Value, $@"\b{m.Groups["enum"].Value}\.(\w+)").Select(s => s.Groups[1].Value).ToList()));

    [GeneratedRegex("""\b(?<enum>[A-Z]\w*Status)\.\w+(?:\s*(?:or\s+|(?:&&|\|\|)\s*[\w.!]+\s*(?:==|!=)\s*)\k<enum>\.\w+)+""")]
    private static partial Regex StatusesJoined();
}
