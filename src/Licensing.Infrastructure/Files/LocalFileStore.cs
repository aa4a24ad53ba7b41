using System.Security.Cryptography;
using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Licensing.Domain.Documents;
using Microsoft.Extensions.Options;

namespace Licensing.Infrastructure.Files;

/// <summary>
/// Keeps uploads under the configured folder as {year}/{month}/{guid}{ext}: the name the
/// uploader gave is recorded but never used as a path. The type is proved by the first bytes
/// before anything is written; the file is written to a temporary name and only moved into
/// the staging folder once complete and within the size limit, so a refused upload leaves nothing
/// behind. A staged file is promoted into place when the unit of work that records it commits and
/// deleted when it fails or is never saved (<see cref="StagedFilesInterceptor"/>), so the store
/// holds no file that no record names. One instance per unit of work (scoped).
/// </summary>
public sealed class LocalFileStore(IOptions<FileStoreOptions> options, TimeProvider clock) : IFileStore, IDisposable
{
    public const string StagingFolder = ".staging";

    private readonly List<string> _staged = [];

    private string Root => Path.GetFullPath(options.Value.Root!);

    public async Task<StoredDocument> SaveAsync(Stream content, string fileName, long maxBytes, CancellationToken cancellationToken)
    {
        var header = new byte[DocumentType.HeaderLength];
        var headerLength = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        var contentType = DocumentType.Detect(header.AsSpan(0, headerLength))
            ?? throw new DomainException(ErrorCodes.DocumentTypeRefused, DomainErrorKind.Invalid);

        var now = clock.GetUtcNow();
        var key = $"{now:yyyy}/{now:MM}/{Guid.CreateVersion7():N}{DocumentType.ExtensionOf(contentType)}";
        var target = Path.Combine(Root, StagingFolder, key);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + ".part";
        try
        {
            var (size, sha256) = await CopyAsync(header.AsMemory(0, headerLength), content, temporary, maxBytes, cancellationToken);
            File.Move(temporary, target);
            _staged.Add(key);
            return new StoredDocument(key, SafeName(fileName), contentType, size, sha256);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>A file whose record committed but whose promotion did not happen (the process stopped between the two) is read where it was staged.</summary>
    public Stream OpenRead(string storageKey)
    {
        var path = Path.GetFullPath(Path.Combine(Root, storageKey));
        if (!path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || storageKey.StartsWith(StagingFolder, StringComparison.Ordinal))
        {
            throw DomainException.NotFound();
        }
        return File.Exists(path) ? File.OpenRead(path) : File.OpenRead(Path.Combine(Root, StagingFolder, storageKey));
    }

    /// <summary>The unit of work committed: the files it staged are moved into place.</summary>
    public void PromoteStaged()
    {
        foreach (var key in _staged) MoveIntoPlace(Root, key);
        _staged.Clear();
    }

    /// <summary>Moves a staged file to where its storage key says it is kept.</summary>
    internal static void MoveIntoPlace(string root, string key)
    {
        var target = Path.Combine(root, key);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(Path.Combine(root, StagingFolder, key), target);
    }

    /// <summary>The unit of work failed or ended unsaved: the files it staged are deleted.</summary>
    public void DiscardStaged()
    {
        foreach (var key in _staged) File.Delete(Path.Combine(Root, StagingFolder, key));
        _staged.Clear();
    }

    public void Dispose() => DiscardStaged();

    private static async Task<(long Size, string Sha256)> CopyAsync(ReadOnlyMemory<byte> header, Stream content, string path, long maxBytes, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        var size = (long)header.Length;
        hash.AppendData(header.Span);
        await file.WriteAsync(header, cancellationToken);
        var buffer = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            size += read;
            if (size > maxBytes)
            {
                throw new DomainException(ErrorCodes.DocumentTooLarge, DomainErrorKind.Invalid, maxBytes / (1024 * 1024));
            }
            hash.AppendData(buffer, 0, read);
            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>The uploader's file name without any folder part or control characters, for display and download only.</summary>
    private static string SafeName(string fileName)
    {
        var name = new string(Path.GetFileName(fileName.Replace('\\', '/')).Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length == 0) name = "document";
        return name.Length > 200 ? name[^200..] : name;
    }
}
