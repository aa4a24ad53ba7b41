namespace Licensing.Domain.Common;

/// <summary>
/// Something that happened to an aggregate, named in the past tense. It is handed to its handler
/// when the change is saved, so what the handler writes (notifications) commits with the change or not at all.
/// </summary>
public interface IDomainEvent;
