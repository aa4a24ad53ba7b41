using System.Text.RegularExpressions;
using Licensing.Domain.Common;

namespace Licensing.Architecture.Tests;

/// <summary>
/// ADR-001 (amended): a rule several commands share is the domain's. An Application helper (a file of extension methods,
/// or a static class that is no use case) loads, scopes and projects; the only refusals it writes are those of finding a
/// record (not the caller's to act on, no such complaint or open deployment, an unknown reference code) or of reading a
/// file (an import without the columns it needs). Any other
/// <c>new DomainException(ErrorCodes.X</c> (or target-typed <c>new(ErrorCodes.X</c>) in such a file is a business rule
/// held outside the domain.
/// </summary>
public sealed partial class SharedRuleHomeTests
{
    private static readonly HashSet<string> FindingOrReadingRefusals =
    [
        nameof(ErrorCodes.NotApplicant), nameof(ErrorCodes.NotComplaintHandler), nameof(ErrorCodes.ComplaintNotFound), nameof(ErrorCodes.NoOpenDeployment),
        nameof(ErrorCodes.CountryUnknown), nameof(ErrorCodes.SectorUnknown), nameof(ErrorCodes.ProvinceUnknown),
        nameof(ErrorCodes.ImportHeaderInvalid),
    ];

    [Fact]
    public void ApplicationHelpers_RefuseNothingButFindingARecord()
    {
        var helpers = SourceFiles.CSharp(Path.Combine("src", "Licensing.Application"))
            .Where(f => (ExtensionMethod().IsMatch(f.Text) || StaticClass().IsMatch(f.Text)) && !UseCase().IsMatch(f.Text)).ToList();
        Assert.True(helpers.Count > 20, $"only {helpers.Count} helper files found");
        Assert.Contains(helpers, f => f.Path.EndsWith("CaseOpening.cs", StringComparison.Ordinal));
        var refusals = helpers
            .SelectMany(f => Refusal().Matches(f.Text).Select(m => (Where: $"{f.Path}:{SourceFiles.LineOf(f.Text, m.Index)}", Code: m.Groups["code"].Value)))
            .ToList();
        Assert.Contains(refusals, r => r.Code == nameof(ErrorCodes.ProvinceUnknown));
        var rules = refusals.Where(r => !FindingOrReadingRefusals.Contains(r.Code)).Select(r => $"{r.Where}: {r.Code}").ToList();
        Assert.True(rules.Count == 0,
            $"Application helpers refusing by a business rule; give the rule a home in the domain (an entity method or a rule type) and call it:\n{string.Join('\n', rules)}");
    }

    [GeneratedRegex(@"\bstatic\s+[^;{=]*\(\s*this\s")]
    private static partial Regex ExtensionMethod();

    [Theory]
    [InlineData("throw new DomainException(ErrorCodes.CaseAlreadyOpen, DomainErrorKind.Conflict, open.Number);", "CaseAlreadyOpen")]
    [InlineData("private static DomainException Locked(string time) => new(ErrorCodes.ComplaintLocked, DomainErrorKind.Conflict, time);", "ComplaintLocked")]
    [InlineData("OneOpenCasePerWorker.EnsureMayReport(open.Number, sameReport);", "")]
    public void TheRefusalRule_SeesEveryWayOfWritingARefusal(string line, string code) =>
        Assert.Equal(code, string.Join(", ", Refusal().Matches(line).Select(m => m.Groups["code"].Value)));

    [GeneratedRegex(@"\bnew(\s+DomainException)?\(\s*ErrorCodes\.(?<code>\w+)")]
    private static partial Regex Refusal();

    [GeneratedRegex(@"\bstatic\s+(partial\s+)?class\s")]
    private static partial Regex StaticClass();

    /// <summary>A use case: its handler (ADR-001), which applies the domain's rules itself.</summary>
    [GeneratedRegex(@"\bclass\s+Handler\b")]
    private static partial Regex UseCase();
}
