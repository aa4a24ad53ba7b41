using System.Text.RegularExpressions;

namespace Licensing.Architecture.Tests;

/// <summary>The PDFs' fixed words come from the catalogue (ADR-026), so no Khmer is written in the code that draws them.</summary>
public sealed partial class DocumentWordingTests
{
    [Fact]
    public void TheDocumentsCode_WritesNoKhmer()
    {
        var written = SourceFiles.CSharp("src/Licensing.Infrastructure/Documents")
            .SelectMany(file => KhmerRun().Matches(file.Text).Select(m => $"{file.Path}:{SourceFiles.LineOf(file.Text, m.Index)} {m.Value}"));

        Assert.Empty(written);
    }

    [GeneratedRegex(@"[\u1780-\u17FF]+")]
    private static partial Regex KhmerRun();
}
