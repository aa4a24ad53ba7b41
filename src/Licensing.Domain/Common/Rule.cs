namespace Licensing.Domain.Common;

/// <summary>A business rule an aggregate checks before a change: when it does not hold, the change is refused with the rule's code.</summary>
public static class Rule
{
    public static void Require(bool holds, string code, DomainErrorKind kind = DomainErrorKind.Conflict, params object?[] arguments)
    {
        if (!holds) throw new DomainException(code, kind, arguments);
    }
}
