using System.Diagnostics;
using QRCoder;
using SkiaSharp;

namespace Licensing.Api.Tests.Support;

/// <summary>Reads PDFs with poppler-utils (installed by scripts/test.sh), as a reader's tools would.</summary>
public static class Poppler
{
    /// <summary>The text a reader gets by copying or searching, in reading order.</summary>
    public static string Text(byte[] pdf) => Run(pdf, "pdftotext", path => ["-enc", "UTF-8", path, "-"]);

    public static string Info(byte[] pdf) => Run(pdf, "pdfinfo", path => [path]);

    /// <summary>The table <c>pdfimages -list</c> prints: one line per image with its size and encoding.</summary>
    public static string[] Images(byte[] pdf) =>
        Run(pdf, "pdfimages", path => ["-list", path]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToArray();

    /// <summary>Reads the dark and light modules of the page's one image, sampling the centre of each.</summary>
    public static string QrCodeModules(byte[] pdf, int modules)
    {
        using var bitmap = WithFile(pdf, path =>
        {
            Execute("pdfimages", ["-png", path, path]);
            return SKBitmap.Decode(Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.png")));
        });
        var pixelsPerModule = bitmap.Width / modules;
        bool IsDark(int column, int row) =>
            bitmap.GetPixel(column * pixelsPerModule + pixelsPerModule / 2, row * pixelsPerModule + pixelsPerModule / 2).Red < 128;
        return ToText(Enumerable.Range(0, modules).Select(row => Enumerable.Range(0, modules).Select(column => IsDark(column, row))));
    }

    /// <summary>The modules QRCoder draws for the text, in the form <see cref="QrCodeModules"/> reads them.</summary>
    public static string ExpectedQrCode(string text, out int modules)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        modules = data.ModuleMatrix.Count;
        return ToText(data.ModuleMatrix.Select(row => row.Cast<bool>()));
    }

    private static string ToText(IEnumerable<IEnumerable<bool>> modules) =>
        string.Join('\n', modules.Select(row => string.Concat(row.Select(dark => dark ? '#' : '.'))));

    private static string Run(byte[] pdf, string tool, Func<string, string[]> arguments) =>
        WithFile(pdf, path => Execute(tool, arguments(path)));

    private static T WithFile<T>(byte[] pdf, Func<string, T> read)
    {
        var directory = Directory.CreateTempSubdirectory("licensing-pdf-");
        try
        {
            var path = Path.Combine(directory.FullName, "document.pdf");
            File.WriteAllBytes(path, pdf);
            return read(path);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string Execute(string tool, string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {error}");
        return output;
    }
}
