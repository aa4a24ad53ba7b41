using Licensing.Domain.Calendar;
using Licensing.Domain.Common;
using Licensing.Domain.Evaluations;
using Licensing.Domain.Sanctions;

namespace Licensing.Infrastructure.Seeding;

/// <summary>
/// Three demo evaluations at different stages: one decided with rewards (so the public ranking
/// has an entry), one where only the demo government member's scores are awaited, and one
/// still waiting for its private-sector and development-partner members.
/// </summary>
public static class DemoEvaluations
{
    public sealed record Seeded(IReadOnlyList<Evaluation> Evaluations, IReadOnlyList<Reward> Rewards);

    /// <summary>The panel is government, private sector, development partner, in that order.</summary>
    public static Seeded Create(IReadOnlyList<Guid> agencyIds, IReadOnlyList<PanelCandidate> panel, BandThresholds thresholds, DateTimeOffset now)
    {
        var today = PhnomPenh.DateOf(now);
        var secretariat = new Actor(null, "evaluation.secretariat@mlvt.example", now.AddDays(-30));

        var decided = Evaluation.Open(agencyIds[0], today.AddMonths(-24).AddDays(-30), today.AddDays(-30), secretariat);
        foreach (var member in panel) decided.AddPanelMember(member);
        foreach (var (member, score) in panel.Zip([5, 4, 5])) decided.Submit(member.UserId, Scorecard(score), thresholds, As(member, now.AddDays(-20)));
        decided.Decide(EvaluationOutcome.Reward, null, new Actor(null, "officer@licensing.example", now.AddDays(-10)));
        decided.TakeEvents(); // demo history: nobody is notified of it
        var rewards = new[] { RewardKind.CertificateOfMerit, RewardKind.RecognisedAgency }
            .Select(kind => new Reward(decided.AgencyId, decided.Id, kind, "Prakas 251 evaluation: Excellent", new Actor(null, "officer@licensing.example", now.AddDays(-10))))
            .ToList();

        var scoring = Evaluation.Open(agencyIds[1], today.AddMonths(-24).AddDays(-7), today.AddDays(-7), secretariat);
        foreach (var member in panel) scoring.AddPanelMember(member);
        foreach (var (member, score) in panel.Skip(1).Zip([3, 2])) scoring.Submit(member.UserId, Scorecard(score), thresholds, As(member, now.AddDays(-2)));

        var awaiting = Evaluation.Open(agencyIds[2], today.AddMonths(-24), today, secretariat);
        awaiting.AddPanelMember(panel[0]);
        return new Seeded([decided, scoring, awaiting], rewards);
    }

    private static List<CriterionScoreDraft> Scorecard(int score) =>
        Scoring.Criteria.Select(c => new CriterionScoreDraft(c, score, "Judged from the inspections, deployments and repatriations of the period.")).ToList();

    private static Actor As(PanelCandidate member, DateTimeOffset at) => new(member.UserId, member.Name, at);
}
