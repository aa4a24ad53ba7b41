using System.Reflection;
using System.Text.RegularExpressions;

namespace Licensing.Architecture.Tests;

/// <summary>
/// The pages read the same catalogue (ADR-026): text written in a view is keyed by its English wording, an enum value by
/// its name. No second catalogue and no wording picked by hand in the Web.
/// </summary>
public sealed partial class CatalogueTests
{
    private const string Web = "src/Licensing.Web";
    private static readonly Assembly[] Solution =
    [
        typeof(Licensing.Domain.Common.Entity).Assembly, typeof(Licensing.Application.DependencyInjection).Assembly,
        typeof(Licensing.Infrastructure.Persistence.LicensingDbContext).Assembly, typeof(Licensing.Web.WebSetup).Assembly,
    ];

    /// <summary>The audit trail records EF Core's entity states as its actions, and the audit page names them.</summary>
    private static readonly Type[] NamedElsewhere = [typeof(Microsoft.EntityFrameworkCore.EntityState)];

    [Fact]
    public void EveryWordingAPageAsksFor_IsInBothLanguages()
    {
        var missing = PageKeys().Where(k => !English.ContainsKey(k.Key) || !Khmer.ContainsKey(k.Key)).Select(k => $"{k.Where}: \"{k.Key}\"").ToList();
        Assert.True(missing.Count == 0, "not in the catalogue:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void NoTwoEntries_DifferOnlyInCase()
    {
        // The resource compiler keeps one of them and drops the other without failing the build.
        var clashing = English.Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g));
        Assert.Empty(clashing);
    }

    [Fact]
    public void TheWeb_PicksNoWordingByHand_AndHasNoCatalogueOfItsOwn()
    {
        var picked = SourceFiles.CSharp(Web).Concat(SourceFiles.Views(Web))
            .SelectMany(f => HandPicked().Matches(f.Text).Select(m => $"{f.Path}:{SourceFiles.LineOf(f.Text, m.Index)}: {m.Value}"))
            .Concat(SourceFiles.Matching(Web, "*.resx").Select(f => f.Path)).ToList();
        Assert.True(picked.Count == 0, "use the catalogue (T[\"English\"] in a view, Catalogue.Say(Keys.X) in code, Display.Name for a stored name):\n" + string.Join('\n', picked));
    }

    /// <summary>What the pages and the code can ask the catalogue for by wording or by name rather than by a key constant.</summary>
    private static IEnumerable<string> AskedByName()
    {
        var prefixes = SourceFiles.Views(Web).SelectMany(f => PrefixKey().Matches(f.Text).Select(m => Unescape(m.Groups[1].Value))).ToList();
        var literals = SourceFiles.CSharp("src").Where(f => !f.Path.StartsWith(Folder, StringComparison.Ordinal))
            .SelectMany(f => Literal().Matches(f.Text).Select(m => Unescape(m.Groups[1].Value)));
        return PageKeys().Select(k => k.Key).Concat(literals).Concat(Solution.SelectMany(a => a.GetTypes()).Concat(NamedElsewhere).SelectMany(Names))
            .Concat(English.Keys.Where(key => prefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal))));
    }

    /// <summary>An enum's value names (<c>T[status.ToString()]</c>), or a type's string constants (a role, <c>T[user.Role]</c>).</summary>
    private static IEnumerable<string> Names(Type type) => type.IsEnum
        ? Enum.GetNames(type)
        : type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!);

    private static IEnumerable<(string Key, string Where)> PageKeys() =>
        SourceFiles.Views(Web).Concat(SourceFiles.CSharp(Web))
            .SelectMany(f => PageKey().Matches(f.Text).Select(m => (Unescape(m.Groups[1].Value), $"{f.Path}:{SourceFiles.LineOf(f.Text, m.Index)}")));

    private static string Unescape(string literal) => literal.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);

    /// <summary>A lookup by a written key: <c>T["Add"]</c>, <c>t["Ministry of Interior"]</c>, <c>T["Ended on {0}", day]</c>.</summary>
    [GeneratedRegex(@"\b[Tt]\[""((?:[^""\\]|\\.)*)""\s*[\],]")]
    private static partial Regex PageKey();

    /// <summary>A lookup whose key is a written prefix and a value's name: <c>T["channel:" + d.Channel]</c>.</summary>
    [GeneratedRegex(@"\bT\[""((?:[^""\\]|\\.)+)""\s*\+")]
    private static partial Regex PrefixKey();

    [GeneratedRegex(@"""((?:[^""\\\n]|\\.)*)""")]
    private static partial Regex Literal();

    [GeneratedRegex(@"Text\.Pick\(|\b(?:khmer|IsKhmer)\s*\?")]
    private static partial Regex HandPicked();
}
