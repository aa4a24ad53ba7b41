using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Licensing.Domain.Evaluations;

namespace Licensing.Application.Evaluations;

/// <summary>
/// The evidence put beside the criteria, computed from the system's own records for the
/// evaluation period, one section per kind of record. Each section is one source in
/// <see cref="Handler"/>'s list.
/// </summary>
public static class EvaluationEvidence
{
    public sealed record Fact(string Code, LocalizedText Label, string Value);

    public sealed record Section(string Code, LocalizedText Title, IReadOnlyList<EvaluationCriterion> Informs, IReadOnlyList<Fact> Facts);

    public sealed record Evidence(Guid EvaluationId, DateOnly From, DateOnly To, IReadOnlyList<Section> Sections);

    /// <summary>One agency over one period, with the period as instants (UTC) for timestamped records.</summary>
    public sealed record Period(Guid AgencyId, DateOnly From, DateOnly To)
    {
        public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        public bool Contains(DateOnly day) => day >= From && day <= To;
        public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;
    }

    public delegate Task<Section> Source(ILicensingDb db, Period period, CancellationToken cancellationToken);

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        private static readonly Source[] Sources =
        [
            EvidenceSections.InspectionsAsync, EvidenceSections.DeploymentsAsync, EvidenceSections.RepatriationsAsync,
            CaseEvidenceSections.ComplaintsAsync, CaseEvidenceSections.DisappearancesAsync,
        ];

        public async Task<Evidence> HandleAsync(Guid evaluationId, CancellationToken cancellationToken)
        {
            var evaluation = await db.LoadVisibleEvaluationAsync(user, evaluationId, cancellationToken);
            var period = new Period(evaluation.AgencyId, evaluation.PeriodFrom, evaluation.PeriodTo);
            var sections = new List<Section>();
            foreach (var source in Sources) sections.Add(await source(db, period, cancellationToken));
            return new Evidence(evaluation.Id, period.From, period.To, sections);
        }
    }
}
