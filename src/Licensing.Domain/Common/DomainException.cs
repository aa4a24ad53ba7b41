namespace Licensing.Domain.Common;

/// <summary>Whether a broken rule is a conflict with the record's state or invalid input.</summary>
public enum DomainErrorKind
{
    Conflict,
    Invalid,
    NotFound,
}

/// <summary>One of several reasons a rule was broken, in both languages.</summary>
public sealed record DomainErrorDetail(string Code, LocalizedText Message);

/// <summary>A business rule was broken; the API answers it with a problem response (409, 422 or 404).</summary>
public sealed class DomainException(string code, string message, DomainErrorKind kind = DomainErrorKind.Conflict)
    : Exception(message)
{
    /// <summary>A broken rule worded in both languages; the reader gets their own.</summary>
    public DomainException(string code, LocalizedText message, DomainErrorKind kind = DomainErrorKind.Conflict)
        : this(code, message.En, kind) => Localized = message;

    public string Code { get; } = code;
    public DomainErrorKind Kind { get; } = kind;

    /// <summary>The message in Khmer and English, when the rule gives both.</summary>
    public LocalizedText? Localized { get; }

    /// <summary>The message in the reader's language where both are known, else the English one.</summary>
    public string MessageIn(string language) => Localized?.In(language) ?? Message;

    /// <summary>When a rule checks several conditions at once, each one that failed, so the caller can say exactly what is missing.</summary>
    public IReadOnlyList<DomainErrorDetail> Details { get; init; } = [];

    public static DomainException NotFound(string what) =>
        new(ErrorCodes.NotFound, $"{what} was not found.", DomainErrorKind.NotFound);
}
