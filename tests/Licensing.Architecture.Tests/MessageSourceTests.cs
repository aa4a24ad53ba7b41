using System.Text.RegularExpressions;

namespace Licensing.Architecture.Tests;

/// <summary>
/// The Domain, Application and Api word what a person reads only through the one catalogue (ADR-026): no
/// <c>Text.Pick(en, km)</c>, no Khmer sentence written in the code, no English-only <c>LocalizedText</c>. Names held as
/// data (a <c>LocalizedText</c> built from stored names) are not sentences and pass.
/// </summary>
public sealed partial class MessageSourceTests
{
    private static readonly string[] Projects = ["src/Licensing.Domain", "src/Licensing.Application", "src/Licensing.Api"];

    /// <summary>Files whose Khmer is not a message: how dates and digits are written and read, and reference names.</summary>
    private static readonly string[] KhmerAllowed =
    [
        "src/Licensing.Domain/Common/BilingualDate.cs", // Khmer month names and digits: how a date is written in Khmer
        "src/Licensing.Domain/Common/PhoneNumber.cs", // Khmer digits, read as typed
        "src/Licensing.Application/Licences/LicenceSearch.cs", // Khmer digits, read as typed
        "src/Licensing.Domain/Workers/PdotTopics.cs", // reference data: the orientation topics' names, stored with each training
    ];

    [Fact]
    public void NoCode_PicksAWordingByLanguageItself()
    {
        SourceLine.AssertNone(Lines().Where(l => TextPick().IsMatch(l.Text)),
            "pick a wording with Text.Pick; add an entry to the catalogue and read it with Catalogue.Say(Keys.X) instead");
    }

    [Fact]
    public void NoKhmerSentence_IsWrittenOutsideTheCatalogue()
    {
        SourceLine.AssertNone(Lines().Where(l => !KhmerAllowed.Contains(l.File.Replace('\\', '/')) && !IsComment(l.Text) && KhmerLiteral().IsMatch(l.Text)),
            "write Khmer in the code; give the message an entry in Texts/Catalogue.resx and Catalogue.km.resx and a Keys constant instead");
    }

    [Fact]
    public void NoLocalizedText_IsWrittenInEnglishOnly()
    {
        SourceLine.AssertNone(Lines().Where(l => !IsComment(l.Text) && LiteralLocalizedText().IsMatch(l.Text)),
            "build a LocalizedText from a written sentence; use Catalogue.Both(Keys.X, values) instead");
    }

    private static List<SourceLine> Lines() =>
        SourceLine.Of(Projects.SelectMany(p => SourceFiles.CSharp(p)).Select(f => Path.Combine(SourceFiles.Root, f.Path)));

    private static bool IsComment(string line) => line.TrimStart().StartsWith("//", StringComparison.Ordinal);

    [GeneratedRegex(@"\bText\.Pick\(")]
    private static partial Regex TextPick();

    [GeneratedRegex("\"[^\"\\n]*[\\u1780-\\u17FF][^\"\\n]*\"")]
    private static partial Regex KhmerLiteral();

    [GeneratedRegex(@"new\s+(?:[\w.]+\.)?LocalizedText\((?:[^()""]|\([^()]*\)|""[^""A-Za-z]*"")*\$?""[^""]*[A-Za-z]")]
    private static partial Regex LiteralLocalizedText();
}
