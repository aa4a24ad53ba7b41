using System.Text.RegularExpressions;
using Licensing.Domain.Common;

namespace Licensing.Architecture.Tests;

/// <summary>
/// ADR-001 (amended): a rule several commands share is the domain's. An Application file of extension methods (a static
/// method taking <c>this</c>) loads, scopes and projects; the only refusals it writes are those of finding a record: not
/// the caller's to act on, no such open deployment, an unknown reference code. Any other
/// <c>new DomainException(ErrorCodes.X</c> in such a file is a business rule held outside the domain.
/// </summary>
public sealed partial class SharedRuleHomeTests
{
    private static readonly HashSet<string> FindingRefusals =
    [
        nameof(ErrorCodes.NotApplicant), nameof(ErrorCodes.NotComplaintHandler), nameof(ErrorCodes.NoOpenDeployment),
        nameof(ErrorCodes.CountryUnknown), nameof(ErrorCodes.SectorUnknown), nameof(ErrorCodes.ProvinceUnknown),
    ];

    [Fact]
    public void ApplicationExtensionHelpers_RefuseNothingButFindingARecord()
    {
        var helpers = SourceFiles.CSharp(Path.Combine("src", "Licensing.Application")).Where(f => ExtensionMethod().IsMatch(f.Text)).ToList();
        Assert.True(helpers.Count > 20, $"only {helpers.Count} files of extension methods found");
        var refusals = helpers
            .SelectMany(f => Refusal().Matches(f.Text).Select(m => (Where: $"{f.Path}:{SourceFiles.LineOf(f.Text, m.Index)}", Code: m.Groups["code"].Value)))
            .ToList();
        Assert.Contains(refusals, r => r.Code == nameof(ErrorCodes.ProvinceUnknown));
        var rules = refusals.Where(r => !FindingRefusals.Contains(r.Code)).Select(r => $"{r.Where}: {r.Code}").ToList();
        Assert.True(rules.Count == 0,
            $"Application helpers refusing by a business rule; give the rule a home in the domain (an entity method or a rule type) and call it:\n{string.Join('\n', rules)}");
    }

    [GeneratedRegex(@"\bstatic\s+[^;{=]*\(\s*this\s")]
    private static partial Regex ExtensionMethod();

    [GeneratedRegex(@"new\s+DomainException\(\s*ErrorCodes\.(?<code>\w+)")]
    private static partial Regex Refusal();
}
