using System.Runtime.CompilerServices;

namespace Licensing.Architecture.Tests;

/// <summary>A line of the repository's source, where a rule read from the source points when it fails.</summary>
internal sealed record SourceLine(string File, int Number, string Text)
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(TestsFolder(), "..", ".."));

    public static List<SourceLine> Of(IEnumerable<string> files) =>
        files.SelectMany(f => System.IO.File.ReadLines(f).Select((text, i) => new SourceLine(Path.GetRelativePath(Root, f), i + 1, text))).ToList();

    /// <summary>Fails with every offending line as file:line, so that one run shows all there is to fix.</summary>
    public static void AssertNone(IEnumerable<SourceLine> offending, string why)
    {
        var found = offending.Select(l => $"{l.File}:{l.Number}: {l.Text.Trim()}").ToList();
        Assert.True(found.Count == 0, $"{found.Count} line(s) {why}:\n{string.Join('\n', found)}");
    }

    private static string TestsFolder([CallerFilePath] string source = "") => Path.GetDirectoryName(source)!;
}
