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

    private static void AssertNone(IEnumerable<SourceLine> offending, string why) => SourceLine.AssertNone(offending, why);

    private static List<SourceLine> Lines()
    {
        var files = Directory.EnumerateFiles(Path.Combine(SourceLine.Root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var lines = SourceLine.Of(files);
        Assert.True(lines.Count > 10_000, $"only {lines.Count} lines of source found under {SourceLine.Root}");
        return lines;
    }

    [GeneratedRegex(@"UtcDateTime|DateTime\.UtcNow|\.UtcNow\b")]
    private static partial Regex UtcDate();

    [GeneratedRegex(@"\b(DateTime|DateTimeOffset)\.(UtcNow|Now|Today)\b")]
    private static partial Regex SystemClock();

    [GeneratedRegex(@"FromHours\(\s*7\s*\)|FindSystemTimeZoneById|TryFindSystemTimeZoneById|""Asia/Phnom_Penh""")]
    private static partial Regex ZoneDefinition();
}
