namespace Licensing.Domain.Documents;

/// <summary>
/// The file types accepted as evidence (PDF, JPEG, PNG), recognised by their first bytes, never
/// by their name or the type the client claims.
/// </summary>
public static class DocumentType
{
    public const int HeaderLength = 8;

    private static readonly (string ContentType, byte[] Magic)[] Signatures =
    [
        ("application/pdf", "%PDF-"u8.ToArray()),
        ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("image/jpeg", [0xFF, 0xD8, 0xFF]),
    ];

    public static readonly IReadOnlyList<string> ContentTypes = [.. Signatures.Select(s => s.ContentType)];

    /// <summary>The content type the header proves, or null for anything else.</summary>
    public static string? Detect(ReadOnlySpan<byte> header)
    {
        foreach (var (contentType, magic) in Signatures)
        {
            if (header.StartsWith(magic)) return contentType;
        }
        return null;
    }

    public static string ExtensionOf(string contentType) => contentType switch
    {
        "application/pdf" => ".pdf",
        "image/png" => ".png",
        _ => ".jpg",
    };
}
