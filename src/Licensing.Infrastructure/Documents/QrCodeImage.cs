using PdfSharp.Drawing;
using QRCoder;

namespace Licensing.Infrastructure.Documents;

internal static class QrCodeImage
{
    private const int PixelsPerModule = 4;

    public static XImage For(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        // A bitmap rather than QRCoder's PNG, whose 1-bit greyscale PDFsharp cannot import.
        var bitmap = new BitmapByteQRCode(data).GetGraphic(PixelsPerModule);
        var image = XImage.FromStream(new MemoryStream(bitmap));
        // Smoothing would blur the module edges that scanners look for.
        image.Interpolate = false;
        return image;
    }
}
