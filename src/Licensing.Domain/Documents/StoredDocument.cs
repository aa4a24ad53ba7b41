namespace Licensing.Domain.Documents;

/// <summary>A file kept in the file store: its key there, the name the uploader gave, its detected type, size and SHA-256.</summary>
public sealed record StoredDocument(string StorageKey, string FileName, string ContentType, long SizeBytes, string Sha256);
