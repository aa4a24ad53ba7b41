namespace Licensing.Domain.Common;

/// <summary>
/// A word of the catalogue set into a refusal's message (a licence's standing), keyed by a <see cref="MessageKeys"/>
/// constant: the edge writes it in the reader's language, as it does the message around it.
/// </summary>
public sealed record CatalogueWord(string Key);
