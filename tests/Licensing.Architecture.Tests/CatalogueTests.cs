using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FluentValidation.Resources;
using Licensing.Application.Texts;
using Licensing.Domain.Common;

namespace Licensing.Architecture.Tests;

/// <summary>
/// The one catalogue (ADR-026): every entry in Khmer and in English with the same placeholders, an entry for every code
/// and key the code can ask for, and no entry nothing asks for (by key, or by wording or name: CatalogueTests.Pages.cs).
/// </summary>
public sealed partial class CatalogueTests
{
    private const string Folder = "src/Licensing.Application/Texts";
    private static readonly IReadOnlyDictionary<string, string> English = Entries("Catalogue.resx");
    private static readonly IReadOnlyDictionary<string, string> Khmer = Entries("Catalogue.km.resx");

    [Fact]
    public void EveryEntry_IsInBothLanguages()
    {
        Assert.Empty(English.Keys.Except(Khmer.Keys));
        Assert.Empty(Khmer.Keys.Except(English.Keys));
        Assert.Empty(English.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key));
        Assert.Empty(Khmer.Where(e => !KhmerLetter().IsMatch(e.Value) && Placeholder().Replace(e.Value, "").Trim().Length > 0).Select(e => e.Key));
    }

    [Fact]
    public void BothLanguages_SetInTheSameValues()
    {
        var differing = English.Keys.Where(k => !Placeholders(English[k]).SetEquals(Placeholders(Khmer[k]))).ToList();
        Assert.True(differing.Count == 0, "placeholders differ: " + string.Join(", ", differing));
    }

    [Fact]
    public void EveryCodeAndKey_HasAnEntry_AndEveryEntryIsAskedFor()
    {
        var asked = Asked().ToHashSet();
        Assert.Empty(asked.Except(English.Keys).Order());
        Assert.Empty(English.Keys.Except(asked).Except(AskedByName()).Order());
    }

    [Fact]
    public void EveryKeyConstant_IsUsedInTheSource()
    {
        var source = string.Concat(SourceFiles.CSharp("src").Where(f => !f.Path.EndsWith("Keys.cs", StringComparison.Ordinal)).Select(f => f.Text));
        var unused = Constants(typeof(Keys)).Select(c => "Keys." + c.Name).Concat(Constants(typeof(MessageKeys)).Select(c => "MessageKeys." + c.Name))
            .Where(name => !source.Contains(name, StringComparison.Ordinal));
        Assert.Empty(unused);
    }

    [Fact]
    public void TheCatalogue_AnswersEveryEntry_InEachLanguage_FromTheBuiltResources()
    {
        foreach (var (key, value) in English) Assert.Equal(value, Catalogue.Template(key, "en"));
        foreach (var (key, value) in Khmer) Assert.Equal(value, Catalogue.Template(key, "km-KH"));
    }

    [Fact]
    public void TheValidationMessages_InEnglish_AreFluentValidationsOwn()
    {
        var builtIn = new LanguageManager();
        Assert.All(ValidationMessages.Rules, rule =>
            Assert.Equal(builtIn.GetString(rule, CultureInfo.GetCultureInfo("en")), English[ValidationMessages.KeyPrefix + rule]));
    }

    [Fact]
    public void Values_AreSetInWithTheReadersLanguage()
    {
        var country = new LocalizedText("ម៉ាឡេស៊ី", "Malaysia");
        var since = new LocalizedText("ខែតុលា ឆ្នាំ២០១១", "October 2011");
        var basis = new LocalizedText("មូលដ្ឋាន", "Basis");
        Assert.Equal("Workers may not be sent to Malaysia for Malaysia: prohibited since October 2011. Legal basis: Basis",
            Catalogue.In("en", ErrorCodes.DeploymentRestricted, country, country, since, basis));
        Assert.StartsWith("មិនអាចបញ្ជូនពលករទៅប្រទេសម៉ាឡេស៊ី", Catalogue.In("km", ErrorCodes.DeploymentRestricted, country, country, since, basis));
        Assert.Equal("The deadline to appeal was 2026-12-05.", Catalogue.In("en", ErrorCodes.AppealDeadlinePassed, new DateOnly(2026, 12, 5)));
    }

    private static IEnumerable<string> Asked() =>
        ErrorCodes.All
            .Concat(Constants(typeof(Keys)).Select(c => (string)c.GetRawConstantValue()!))
            .Concat(Constants(typeof(MessageKeys)).Select(c => (string)c.GetRawConstantValue()!))
            .Concat(ValidationMessages.Rules.Select(r => ValidationMessages.KeyPrefix + r));

    private static IEnumerable<FieldInfo> Constants(Type type) => type.GetFields().Where(f => f.IsLiteral);

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet();

    private static Dictionary<string, string> Entries(string file) =>
        XDocument.Load(Path.Combine(SourceFiles.Root, Folder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    [GeneratedRegex(@"\{[A-Za-z0-9]+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[\u1780-\u17FF]")]
    private static partial Regex KhmerLetter();
}
