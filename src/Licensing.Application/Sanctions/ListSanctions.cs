using Licensing.Application.Abstractions;
using Licensing.Application.Agencies;
using Licensing.Domain.Common;
using Licensing.Domain.Sanctions;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Sanctions;

/// <summary>Sanctions and rewards, newest first: licensing officers see all, agency staff their own (others are not found).</summary>
public static class ListSanctions
{
    public sealed record Item(
        Guid Id, Guid AgencyId, string AgencyNameKm, string AgencyNameEn, SanctionSource Source, Guid SourceId, SanctionKind Kind,
        decimal? FineAmountUsd, int? SuspensionMonths, string LegalBasis, string Reason, DateOnly DecidedOn, DateOnly EffectiveFrom,
        DateOnly? EffectiveUntil, DateOnly AppealDeadline, SanctionStatus Status, string? AppliedNote,
        DateTimeOffset? AppealLodgedAt, string? AppealGrounds, AppealOutcome? AppealOutcome, string? AppealDecisionReason);

    public sealed record RewardItem(Guid Id, Guid AgencyId, string AgencyNameKm, string AgencyNameEn, Domain.Evaluations.RewardKind Kind, string Reason, DateTimeOffset AwardedAt, Guid EvaluationId);

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task<IReadOnlyList<Item>> ListAsync(Guid? agencyId, CancellationToken cancellationToken)
        {
            var sanctions = db.Sanctions.AsNoTracking().VisibleTo(user);
            if (agencyId is { } only) sanctions = sanctions.Where(s => s.AgencyId == only);
            return await Project(sanctions.OrderByDescending(s => s.DecidedOn).ThenByDescending(s => s.Id).Take(500)).ToListAsync(cancellationToken);
        }

        public async Task<Item> GetAsync(Guid id, CancellationToken cancellationToken) =>
            await Project(db.Sanctions.AsNoTracking().VisibleTo(user).Where(s => s.Id == id)).SingleOrDefaultAsync(cancellationToken)
            ?? throw DomainException.NotFound();

        public async Task<IReadOnlyList<RewardItem>> RewardsAsync(Guid? agencyId, CancellationToken cancellationToken)
        {
            var rewards = db.Rewards.AsNoTracking();
            if (user.AgencyScope() is { } own) rewards = rewards.Where(r => r.AgencyId == own);
            if (agencyId is { } only) rewards = rewards.Where(r => r.AgencyId == only);
            return await rewards.OrderByDescending(r => r.AwardedAt).Take(500)
                .Join(db.Agencies, r => r.AgencyId, a => a.Id, (r, a) => new RewardItem(r.Id, r.AgencyId, a.Name.Km, a.Name.En, r.Kind, r.Reason, r.AwardedAt, r.EvaluationId))
                .ToListAsync(cancellationToken);
        }

        private IQueryable<Item> Project(IQueryable<Sanction> sanctions) =>
            sanctions.Join(db.Agencies, s => s.AgencyId, a => a.Id, (s, a) => new Item(
                s.Id, s.AgencyId, a.Name.Km, a.Name.En, s.Source, s.SourceId, s.Kind, s.FineAmountUsd, s.SuspensionMonths, s.LegalBasis, s.Reason,
                s.DecidedOn, s.EffectiveFrom, s.EffectiveUntil, s.AppealDeadline, s.Status, s.AppliedNote,
                s.AppealLodgedAt, s.AppealGrounds, s.AppealOutcome, s.AppealDecisionReason));
    }
}

public static class SanctionAccess
{
    public static IQueryable<Sanction> VisibleTo(this IQueryable<Sanction> sanctions, ICurrentUser user) =>
        user.AgencyScope() is { } agencyId ? sanctions.Where(s => s.AgencyId == agencyId) : sanctions;

    public static async Task<Sanction> LoadVisibleSanctionAsync(this ILicensingDb db, ICurrentUser user, Guid id, CancellationToken cancellationToken) =>
        await db.Sanctions.VisibleTo(user).SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw DomainException.NotFound();
}
