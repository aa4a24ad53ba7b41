using System.Text;
using CsvHelper;
using Licensing.Api.Endpoints;

namespace Licensing.Api.Tests.Foundation;

/// <summary>The CSV downloads: readable by spreadsheets, and never run as formulas by them.</summary>
public sealed class CsvExportTests
{
    [Fact]
    public async Task CellsThatStartLikeAFormula_AreWrittenAsText_WithABomForKhmer()
    {
        using var output = new MemoryStream();
        await using (var writer = CsvWriter.Create(output, Csv.Options, leaveOpen: true))
        {
            await writer.WriteRecordAsync(["=HYPERLINK(\"http://x\")", "+855 12", "-1", "@SUM(A1)", "\tx", "Keo, Sophea", "ក្រុមហ៊ុន", "12"], TestContext.Current.CancellationToken);
        }

        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.Equal("\uFEFF\"'=HYPERLINK(\"\"http://x\"\")\",\"'+855 12\",\"'-1\",\"'@SUM(A1)\",\"'\tx\",\"Keo, Sophea\",ក្រុមហ៊ុន,12\r\n", text);
    }
}
