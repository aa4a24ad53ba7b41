using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Licensing.Architecture.Tests;

/// <summary>
/// One home for authorization (ADR-024): policies and role lists only in Application/Security, pages
/// link to the API by endpoint name, and the hosts reach Infrastructure only from the composition
/// root. Each failure lists file:line. (Which endpoints and pages carry a policy is checked at run
/// time by Licensing.Api.Tests' AuthorizationCoverageTests.)
/// </summary>
public sealed partial class AuthorizationHomeTests
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(TestsFolder(), "..", ".."));

    /// <summary>Files of the hosts that build the application and so may name Infrastructure types.</summary>
    private static readonly string[] CompositionRoot =
    [
        "src/Licensing.Api/Program.cs",
        "src/Licensing.Api/Hosting/ServiceSetup.cs",
        "src/Licensing.Api/Hosting/StartupTasks.cs",
        "src/Licensing.Api/Hosting/MigrationsHealthCheck.cs",
    ];

    [Fact]
    public void PoliciesAndRoleLists_AreWrittenOnlyInApplicationSecurity()
    {
        var found = SourceLines("src", "src/Licensing.Application/Security/", "src/Licensing.Domain/Identity/Roles.cs")
            .Where(l => RoleListOrPolicy().IsMatch(l.Text) || RoleNames().Count(l.Text) >= 2)
            .Concat(SourceFiles("src").SelectMany(ChainedRoleTests))
            .Select(l => l.ToString())
            .ToList();
        Assert.True(found.Count == 0,
            $"{found.Count} line(s) define a policy or a list of roles; add or use one in Licensing.Application.Security.Policies:\n{string.Join('\n', found)}");
    }

    [Fact]
    public void NoWebFile_WritesAnApiAddress()
    {
        var found = SourceLines("src/Licensing.Web").Where(l => l.Text.Contains("/api/v1", StringComparison.Ordinal)).Select(l => l.ToString()).ToList();
        Assert.True(found.Count == 0, $"{found.Count} line(s) write an API address; name the endpoint and use Url.Api(ApiEndpointNames.…):\n{string.Join('\n', found)}");
    }

    [Theory]
    [InlineData("src/Licensing.Api")]
    [InlineData("src/Licensing.Web")]
    public void HostCode_ReachesInfrastructureOnlyFromTheCompositionRoot(string folder)
    {
        var found = SourceLines(folder, CompositionRoot)
            .Where(l => l.Text.Contains("Licensing.Infrastructure", StringComparison.Ordinal) && !l.File.EndsWith(".csproj", StringComparison.Ordinal))
            .Select(l => l.ToString())
            .ToList();
        Assert.True(found.Count == 0,
            $"{found.Count} line(s) use Infrastructure outside the composition root; depend on an Application port instead:\n{string.Join('\n', found)}");
    }

    private sealed record Line(string File, int Number, string Text)
    {
        public override string ToString() => $"{File}:{Number}: {Text.Trim()}";
    }

    private static IEnumerable<string> SourceFiles(string folder, params string[] except) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"wwwroot{Path.DirectorySeparatorChar}lib", StringComparison.Ordinal))
            .Where(f => !except.Any(e => Relative(f).StartsWith(e, StringComparison.Ordinal)));

    private static IEnumerable<Line> SourceLines(string folder, params string[] except)
    {
        var files = SourceFiles(folder, except).ToList();
        Assert.True(files.Count > 20, $"only {files.Count} files found under {folder}");
        return files.SelectMany(f => File.ReadLines(f).Select((text, i) => new Line(Relative(f), i + 1, text)));
    }

    /// <summary>Role tests joined by || or &amp;&amp;, also across lines: a role list by another name.</summary>
    private static IEnumerable<Line> ChainedRoleTests(string file)
    {
        if (Relative(file).StartsWith("src/Licensing.Application/Security/", StringComparison.Ordinal)) return [];
        var text = File.ReadAllText(file);
        return ChainedIsInRole().Matches(text)
            .Select(m => new Line(Relative(file), text[..m.Index].Count(c => c == '\n') + 1, m.Value.ReplaceLineEndings(" ")));
    }

    private static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static string TestsFolder([CallerFilePath] string source = "") => Path.GetDirectoryName(source)!;

    /// <summary>An authorization policy built from anything but an AccessPolicy, a role or bare string where a policy belongs, or roles on an attribute.</summary>
    [GeneratedRegex(@"RequireRole\((?!\w+\.Roles\))|AddPolicy\((?!\w+\.Name\b)[^,]*,\s*\w+\s*=>\s*\w+\.Require|Authorize\([^)]*Roles\s*=|(RequireAuthorization|AuthorizeFolder|AuthorizePage)\([^)]*(\bRoles\.|""[^""/]*""\s*\))")]
    private static partial Regex RoleListOrPolicy();

    [GeneratedRegex(@"\bRoles\.(Administrator|LicensingOfficer|Inspector|EvaluationPanelMember|AgencyStaff|ProvincialOfficer|EmbassyOfficer|InteriorOfficer)\b")]
    private static partial Regex RoleNames();

    [GeneratedRegex(@"IsInRole\([^()]*\)\)?\s*(\|\||&&)\s*!?\(?\s*[\w.]*IsInRole\(")]
    private static partial Regex ChainedIsInRole();
}
