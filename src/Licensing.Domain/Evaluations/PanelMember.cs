using Licensing.Domain.Common;
using Licensing.Domain.Identity;

namespace Licensing.Domain.Evaluations;

/// <summary>A user who may sit on a panel: their sector and, for the private sector, the agency they work for.</summary>
public sealed record PanelCandidate(Guid UserId, string Name, PanelSector Sector, Guid? AgencyId);

/// <summary>A member of one evaluation's panel; one who declares a conflict of interest is excluded from it.</summary>
public sealed class PanelMember : Entity
{
    private PanelMember() { }

    internal PanelMember(Guid evaluationId, PanelCandidate candidate)
    {
        EvaluationId = evaluationId;
        UserId = candidate.UserId;
        Name = candidate.Name;
        Sector = candidate.Sector;
        AgencyId = candidate.AgencyId;
    }

    public Guid EvaluationId { get; private set; }
    public Guid UserId { get; private set; }
    public string Name { get; private set; } = "";
    public PanelSector Sector { get; private set; }
    public Guid? AgencyId { get; private set; }
    public string? ConflictReason { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }

    public bool Excluded => ConflictReason is not null;
    public bool Sitting => !Excluded;

    internal void DeclareConflict(string reason) => ConflictReason = reason;

    internal void MarkSubmitted(DateTimeOffset at) => SubmittedAt = at;
}

/// <summary>One member's score of one criterion, with its justification.</summary>
public sealed class PanelScore : Entity
{
    private PanelScore() { }

    internal PanelScore(Guid evaluationId, Guid userId, CriterionScoreDraft draft)
    {
        EvaluationId = evaluationId;
        UserId = userId;
        Criterion = draft.Criterion;
        Score = draft.Score;
        Justification = draft.Justification.Trim();
    }

    public Guid EvaluationId { get; private set; }
    public Guid UserId { get; private set; }
    public EvaluationCriterion Criterion { get; private set; }
    public int Score { get; private set; }
    public string Justification { get; private set; } = "";

    public CriterionScoreDraft AsDraft() => new(Criterion, Score, Justification);
}
