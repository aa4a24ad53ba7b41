using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Licensing.Architecture.Tests;

/// <summary>
/// R35 read from the source: a business date is the Phnom Penh date that BusinessCalendar or PhnomPenh gives, never
/// the UTC date of an instant, and Cambodia's time zone is defined in one place. Each failure lists file:line.
/// </summary>
[Trait("Rule", "R35")]
public sealed partial class CalendarSourceTests
{
    [Fact]
    public void NoBusinessDate_IsTheUtcDateOfAnInstant() =>
        AssertNone(Lines().Where(l => l.Text.Contains("DateOnly.FromDateTime(", StringComparison.Ordinal) && UtcDate().IsMatch(l.Text)),
            "takes the UTC date of an instant; use BusinessCalendar.Today / DateOf or PhnomPenh.DateOf");

    [Fact]
    public void NoCode_ReadsTheSystemClock() =>
        AssertNone(Lines().Where(l => SystemClock().IsMatch(l.Text)), "reads the system clock; ask BusinessCalendar (or TimeProvider) so that tests can set the time");

    [Fact]
    public void CambodiasTimeZone_IsDefinedOnlyInPhnomPenh() =>
        AssertNone(Lines().Where(l => !l.File.EndsWith("PhnomPenh.cs", StringComparison.Ordinal) && ZoneDefinition().IsMatch(l.Text)),
            "defines the time zone again; use Licensing.Domain.Calendar.PhnomPenh");

    private sealed record Line(string File, int Number, string Text);

    private static void AssertNone(IEnumerable<Line> offending, string why)
    {
        var found = offending.Select(l => $"{l.File}:{l.Number}: {l.Text.Trim()}").ToList();
        Assert.True(found.Count == 0, $"{found.Count} line(s) {why}:\n{string.Join('\n', found)}");
    }

    private static IEnumerable<Line> Lines()
    {
        var root = Path.GetFullPath(Path.Combine(TestsFolder(), "..", ".."));
        var files = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var lines = files.SelectMany(f => File.ReadLines(f).Select((text, i) => new Line(Path.GetRelativePath(root, f), i + 1, text))).ToList();
        Assert.True(lines.Count > 10_000, $"only {lines.Count} lines of source found under {root}");
        return lines;
    }

    private static string TestsFolder([CallerFilePath] string source = "") => Path.GetDirectoryName(source)!;

    [GeneratedRegex(@"UtcDateTime|DateTime\.UtcNow|\.UtcNow\b")]
    private static partial Regex UtcDate();

    [GeneratedRegex(@"\b(DateTime|DateTimeOffset)\.(UtcNow|Now|Today)\b")]
    private static partial Regex SystemClock();

    [GeneratedRegex(@"FromHours\(\s*7\s*\)|FindSystemTimeZoneById|TryFindSystemTimeZoneById|""Asia/Phnom_Penh""")]
    private static partial Regex ZoneDefinition();
}
