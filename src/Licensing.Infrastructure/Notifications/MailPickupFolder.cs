using MimeKit;

namespace Licensing.Infrastructure.Notifications;

/// <summary>
/// The embedded default in place of an SMTP server: each message becomes one .eml file, 7-bit
/// with CRLF line ends as an SMTP relay would receive it. It is written under a temporary name and
/// then renamed, so a reader (or a relay polling the folder) never sees half a message.
/// </summary>
public static class MailPickupFolder
{
    private static readonly FormatOptions Format = new() { NewLineFormat = NewLineFormat.Dos };

    public static async Task WriteAsync(MimeMessage message, string directory, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(directory);
        Directory.CreateDirectory(folder);
        message.Prepare(EncodingConstraint.SevenBit);
        var name = Guid.NewGuid().ToString("N");
        var temporary = Path.Combine(folder, name + ".tmp");
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        {
            await message.WriteToAsync(Format, file, cancellationToken);
            file.Flush(flushToDisk: true);
        }
        File.Move(temporary, Path.Combine(folder, name + ".eml"));
    }
}
