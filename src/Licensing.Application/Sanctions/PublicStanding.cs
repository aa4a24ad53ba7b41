using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Licences;
using Licensing.Domain.Common;
using Licensing.Domain.Evaluations;
using Licensing.Domain.Sanctions;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Sanctions;

/// <summary>
/// What the public may know of an agency's record under Prakas 251: its latest evaluation band,
/// the sanctions in force or decided (not those annulled on appeal) and its rewards; and the
/// ranking of licensed agencies by their latest band.
/// </summary>
public static class PublicStanding
{
    public sealed record PublicSanction(SanctionKind Kind, decimal? FineAmountUsd, DateOnly DecidedOn, DateOnly EffectiveFrom, DateOnly? EffectiveUntil, string LegalBasis, bool UnderAppeal);

    public sealed record PublicReward(RewardKind Kind, DateOnly AwardedOn);

    public sealed record Standing(PerformanceBand? LatestBand, DateOnly? EvaluatedOn, IReadOnlyList<PublicSanction> Sanctions, IReadOnlyList<PublicReward> Rewards);

    public sealed record Ranked(int Rank, string AgencyNameKm, string AgencyNameEn, string LicenceNumber, PerformanceBand Band, decimal Score, DateOnly EvaluatedOn, bool Recognised);

    public sealed class Handler(ILicensingDb db, BusinessCalendar calendar)
    {
        public async Task<Standing> ByLicenceNumberAsync(string number, CancellationToken cancellationToken)
        {
            var normalized = number.Trim().ToUpperInvariant();
            var agencyId = await db.Licences.AsNoTracking().Where(l => l.Number == normalized).Select(l => (Guid?)l.AgencyId).SingleOrDefaultAsync(cancellationToken)
                ?? throw DomainException.NotFound();
            var latest = await db.Evaluations.AsNoTracking().Where(e => e.AgencyId == agencyId && e.Band != null)
                .OrderByDescending(e => e.ScoredAt).Select(e => new { e.Band, e.ScoredAt }).FirstOrDefaultAsync(cancellationToken);
            var sanctions = await db.Sanctions.AsNoTracking().Where(s => s.AgencyId == agencyId && s.Status != SanctionStatus.Annulled)
                .OrderByDescending(s => s.DecidedOn)
                .Select(s => new PublicSanction(s.Kind, s.FineAmountUsd, s.DecidedOn, s.EffectiveFrom, s.EffectiveUntil, s.LegalBasis, s.AppealLodgedAt != null && s.AppealOutcome == null))
                .ToListAsync(cancellationToken);
            var rewards = await db.Rewards.AsNoTracking().Where(r => r.AgencyId == agencyId).OrderByDescending(r => r.AwardedAt)
                .Select(r => new { r.Kind, r.AwardedAt }).ToListAsync(cancellationToken);
            return new Standing(latest?.Band, latest?.ScoredAt is { } at ? calendar.DateOf(at) : null, sanctions,
                rewards.Select(r => new PublicReward(r.Kind, calendar.DateOf(r.AwardedAt))).ToList());
        }

        /// <summary>Agencies with a valid licence and a scored evaluation, best latest band (then score) first.</summary>
        public async Task<IReadOnlyList<Ranked>> RankingAsync(CancellationToken cancellationToken)
        {
            var scored = await db.Evaluations.AsNoTracking().Where(e => e.Band != null)
                .Join(db.Agencies, e => e.AgencyId, a => a.Id, (e, a) => new { e.AgencyId, e.Band, e.OverallScore, e.ScoredAt, a.Name.Km, a.Name.En })
                .ToListAsync(cancellationToken);
            var licences = await db.Licences.AsNoTracking().Held().Select(l => new { l.AgencyId, l.Number }).ToListAsync(cancellationToken);
            var recognised = (await db.Rewards.AsNoTracking().Where(r => r.Kind == RewardKind.RecognisedAgency).Select(r => r.AgencyId).ToListAsync(cancellationToken)).ToHashSet();
            var numbers = licences.GroupBy(l => l.AgencyId).ToDictionary(g => g.Key, g => g.First().Number);

            return scored.Where(e => numbers.ContainsKey(e.AgencyId))
                .GroupBy(e => e.AgencyId)
                .Select(g => g.OrderByDescending(e => e.ScoredAt).First())
                .OrderBy(e => e.Band).ThenByDescending(e => e.OverallScore).ThenBy(e => e.En)
                .Select((e, i) => new Ranked(i + 1, e.Km, e.En, numbers[e.AgencyId], e.Band!.Value, e.OverallScore!.Value, calendar.DateOf(e.ScoredAt!.Value), recognised.Contains(e.AgencyId)))
                .ToList();
        }
    }
}
