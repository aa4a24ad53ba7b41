namespace Licensing.Domain.Common;

/// <summary>A business rule an aggregate checks before a change: when it does not hold, the change is refused with the rule's code.</summary>
public static class Rule
{
    public static void Require(bool holds, string code, string message, DomainErrorKind kind = DomainErrorKind.Conflict)
    {
        if (!holds) throw new DomainException(code, message, kind);
    }

    public static void Require(bool holds, string code, LocalizedText message, DomainErrorKind kind = DomainErrorKind.Conflict)
    {
        if (!holds) throw new DomainException(code, message, kind);
    }
}
