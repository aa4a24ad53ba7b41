using System.Runtime.CompilerServices;

namespace Licensing.Architecture.Tests;

/// <summary>The repository's own files, read as text by the tests that check how the source is written.</summary>
internal static class SourceFiles
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(TestsFolder(), "..", ".."));

    /// <summary>Every C# file under <paramref name="folder"/> (relative to the root), with its path relative to the root.</summary>
    public static IReadOnlyList<(string Path, string Text)> CSharp(string folder) => Matching(folder, "*.cs");

    /// <summary>Every Razor view under <paramref name="folder"/> (relative to the root), with its path relative to the root.</summary>
    public static IReadOnlyList<(string Path, string Text)> Views(string folder) => Matching(folder, "*.cshtml");

    /// <summary>The files under <paramref name="folder"/> whose name matches <paramref name="pattern"/>, but build output.</summary>
    public static IReadOnlyList<(string Path, string Text)> Matching(string folder, string pattern) =>
        Directory.EnumerateFiles(System.IO.Path.Combine(Root, folder), pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{System.IO.Path.DirectorySeparatorChar}bin{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (System.IO.Path.GetRelativePath(Root, f), File.ReadAllText(f))).ToList();

    public static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static string TestsFolder([CallerFilePath] string source = "") => System.IO.Path.GetDirectoryName(source)!;
}
