using Licensing.Domain.Documents;

namespace Licensing.Application.Abstractions;

/// <summary>Uploaded files, kept outside the database.</summary>
public interface IFileStore
{
    /// <summary>
    /// Stores the content if its first bytes prove it is a PDF, JPEG or PNG and it is not larger
    /// than <paramref name="maxBytes"/>; otherwise throws a DomainException and stores nothing.
    /// </summary>
    Task<StoredDocument> SaveAsync(Stream content, string fileName, long maxBytes, CancellationToken cancellationToken);

    Stream OpenRead(string storageKey);
}
