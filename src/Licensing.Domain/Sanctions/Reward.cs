using Licensing.Domain.Common;
using Licensing.Domain.Evaluations;

namespace Licensing.Domain.Sanctions;

/// <summary>
/// A reward granted after a Prakas 251 evaluation: a certificate of merit, a listing as a
/// recognised agency, or priority processing of the agency's next renewal.
/// </summary>
public sealed class Reward : AggregateRoot
{
    private Reward() { }

    public Reward(Guid agencyId, Guid evaluationId, RewardKind kind, string reason, Actor by)
    {
        AgencyId = agencyId;
        EvaluationId = evaluationId;
        Kind = kind;
        Reason = reason.Trim();
        AwardedAt = by.At;
        AwardedBy = by.Name;
    }

    public Guid AgencyId { get; private set; }
    public Guid EvaluationId { get; private set; }
    public RewardKind Kind { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTimeOffset AwardedAt { get; private set; }
    public string AwardedBy { get; private set; } = "";
}
