namespace Licensing.Domain.Common;

/// <summary>Whether a broken rule is a conflict with the record's state or invalid input.</summary>
public enum DomainErrorKind
{
    Conflict,
    Invalid,
    NotFound,
}

/// <summary>
/// One of several reasons a rule was broken: its code, and the values its message names. The words come from the
/// catalogue (docs/decisions/ADR-026-one-catalogue.md), keyed by <see cref="MessageKey"/>, the code unless a finer
/// wording is named.
/// </summary>
public sealed record DomainErrorDetail(string Code, params object?[] Arguments)
{
    public string MessageKey { get; init; } = Code;
}

/// <summary>
/// A business rule was broken; the API answers it with a problem response (409, 422 or 404). It carries the rule's code
/// and the values its message names, never a sentence: the edge words it from the catalogue in the reader's language.
/// </summary>
public sealed class DomainException(string code, DomainErrorKind kind = DomainErrorKind.Conflict, params object?[] arguments)
    : Exception(code)
{
    public string Code { get; } = code;
    public DomainErrorKind Kind { get; } = kind;
    public IReadOnlyList<object?> Arguments { get; } = arguments;

    /// <summary>The catalogue entry that words this refusal: the code, unless a finer wording is named.</summary>
    public string MessageKey { get; init; } = code;

    /// <summary>When a rule checks several conditions at once, each one that failed, so the caller can say exactly what is missing.</summary>
    public IReadOnlyList<DomainErrorDetail> Details { get; init; } = [];

    public static DomainException NotFound() => new(ErrorCodes.NotFound, DomainErrorKind.NotFound);
}
