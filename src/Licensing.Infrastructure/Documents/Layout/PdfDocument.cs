using Licensing.Application.Texts;
using Licensing.Domain.Common;
using SkiaSharp;

namespace Licensing.Infrastructure.Documents.Layout;

/// <summary>Writes a one-page A4 PDF of the ministry with Skia, the page drawn by the caller; its title and subject in English, as file lists show them.</summary>
internal static class PdfDocument
{
    public static byte[] Render(string title, string subject, Action<DocumentPage> draw)
    {
        using var output = new MemoryStream();
        // From Default: a metadata object made with new leaves EncodingQuality at 0, which stores images as quality-0 JPEGs.
        var metadata = SKDocumentPdfMetadata.Default with
        {
            Title = title,
            Subject = subject,
            Author = Catalogue.In(Languages.English, Keys.DocumentMinistry),
            Creator = "MLVT Licensing",
        };
        using (var document = SKDocument.CreatePdf(output, metadata))
        {
            draw(new DocumentPage(document.BeginPage(DocumentPage.Width, DocumentPage.Height)));
            document.EndPage();
            document.Close();
        }
        return output.ToArray();
    }
}
