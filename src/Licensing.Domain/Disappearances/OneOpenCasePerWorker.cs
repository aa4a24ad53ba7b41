using Licensing.Domain.Common;

namespace Licensing.Domain.Disappearances;

/// <summary>
/// A worker has one open disappearance case at a time (the database keeps it too: a unique index on
/// <see cref="DisappearanceCase.OpenSlot"/>). A second report is refused, naming the open case, unless it is the same
/// report sent again (its Idempotency-Key).
/// </summary>
public static class OneOpenCasePerWorker
{
    public static void EnsureMayReport(string openCaseNumber, bool sameReport)
    {
        if (!sameReport) throw new DomainException(ErrorCodes.CaseAlreadyOpen, DomainErrorKind.Conflict, openCaseNumber);
    }
}
