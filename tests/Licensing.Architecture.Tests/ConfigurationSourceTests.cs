using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Licensing.Architecture.Tests;

/// <summary>
/// Endpoints and pages receive configuration as options or typed services bound at start-up (ADR-022),
/// never by reading IConfiguration. Each failure lists file:line.
/// </summary>
public sealed partial class ConfigurationSourceTests
{
    [Theory]
    [InlineData("src/Licensing.Api/Endpoints")]
    [InlineData("src/Licensing.Web/Pages")]
    public void NoEndpointOrPage_ReadsConfiguration(string folder)
    {
        var root = Path.GetFullPath(Path.Combine(TestsFolder(), "..", ".."));
        var files = Directory.EnumerateFiles(Path.Combine(root, folder), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 20, $"only {files.Count} files found under {folder}");
        var found = files
            .SelectMany(f => File.ReadLines(f).Select((text, i) => (File: Path.GetRelativePath(root, f), Number: i + 1, Text: text)))
            .Where(l => ConfigurationRead().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Number}: {l.Text.Trim()}")
            .ToList();
        Assert.True(found.Count == 0, $"{found.Count} line(s) read configuration; take IOptions<T> or a typed service instead:\n{string.Join('\n', found)}");
    }

    private static string TestsFolder([CallerFilePath] string source = "") => Path.GetDirectoryName(source)!;

    [GeneratedRegex(@"\bIConfiguration(Section|Root)?\b|\.Configuration\s*\[|\.Configuration\.(GetValue|GetSection|GetConnectionString|Get\b|Bind\b)|@inject\s+\S*IConfiguration")]
    private static partial Regex ConfigurationRead();
}
