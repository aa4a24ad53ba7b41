using QRCoder;
using SkiaSharp;

namespace Licensing.Infrastructure.Documents.Layout;

internal static class QrCodeImage
{
    private const int PixelsPerModule = 4;

    public static SKImage For(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return SKImage.FromEncodedData(new PngByteQRCode(data).GetGraphic(PixelsPerModule))
            ?? throw new InvalidOperationException("Skia cannot read QRCoder's PNG.");
    }
}
