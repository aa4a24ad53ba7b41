namespace Licensing.Infrastructure.Files;

/// <summary>Section "Files": where uploaded documents are kept (not in the database); by default "files" in the data folder.</summary>
public sealed class FileStoreOptions
{
    public string? Root { get; set; }
}
