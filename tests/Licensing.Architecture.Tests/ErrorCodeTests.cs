using System.Text.RegularExpressions;
using Licensing.Domain.Common;

namespace Licensing.Architecture.Tests;

/// <summary>
/// The codes refusals carry (DomainException, problem responses) are written once, in <see cref="ErrorCodes"/>: a literal
/// code anywhere else is refused, and every code of the catalogue is used.
/// </summary>
public sealed partial class ErrorCodeTests
{
    [Fact]
    public void NoRefusal_IsGivenALiteralCode()
    {
        var found = SourceFiles.CSharp("src").Where(f => !f.Path.EndsWith("ErrorCodes.cs", StringComparison.Ordinal))
            .SelectMany(f => LiteralCodes().Matches(f.Text).Select(m => $"{f.Path}:{SourceFiles.LineOf(f.Text, m.Index)}: {m.Value.Trim()}"))
            .ToList();
        Assert.True(found.Count == 0, $"{found.Count} refusal(s) with a literal code; add it to ErrorCodes and use the constant:\n{string.Join('\n', found)}");
    }

    [Fact]
    public void EveryCode_IsSnakeCase_Distinct_AndUsed()
    {
        var source = string.Concat(SourceFiles.CSharp("src").Where(f => !f.Path.EndsWith("ErrorCodes.cs", StringComparison.Ordinal)).Select(f => f.Text));
        var fields = typeof(ErrorCodes).GetFields().Where(f => f.IsLiteral).ToList();
        Assert.Equal(fields.Count, ErrorCodes.All.Distinct().Count());
        Assert.All(ErrorCodes.All, code => Assert.Matches("^[a-z]+(_[a-z0-9]+)*$", code));
        Assert.Empty(fields.Where(f => !source.Contains("ErrorCodes." + f.Name, StringComparison.Ordinal)).Select(f => f.Name));
    }

    /// <summary>
    /// A snake_case literal given as a code: the first argument of DomainException, of a Require or DomainErrorDetail, or of
    /// any call whose next argument is the message; the value of a problem's "code"; or what a code is compared with.
    /// </summary>
    [GeneratedRegex("""
        DomainException\(\s*"|DomainErrorDetail\(\s*"
        |Require\w*\([^;]*?"[a-z]+(_[a-z0-9]+)+"\s*,
        |\b\w+\(\s*"[a-z]+(_[a-z0-9]+)+"\s*,\s*(\$?"|new\s+LocalizedText|Text\.Pick)
        |\["code"\]\s*=[^;]*?"[a-z]+(_[a-z0-9]+)*"
        |\.Code\s*(==|!=|is)\s*"[a-z]+(_[a-z0-9]+)*"
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex LiteralCodes();
}
