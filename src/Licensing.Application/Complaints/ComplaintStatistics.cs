using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Complaints;

/// <summary>
/// Complaints received in a period, in the caller's scope: by category, province, outcome and
/// agency (with complaints per 100 workers the agency has deployed), and the days from receipt to decision.
/// </summary>
public static class ComplaintStatistics
{
    public sealed record Query(DateOnly? From, DateOnly? To);

    public sealed record Count(string Key, string NameKm, string NameEn, int Complaints);

    public sealed record AgencyRow(Guid AgencyId, string NameKm, string NameEn, int Complaints, int DeployedWorkers, decimal? PerHundredDeployed);

    public sealed record Result(
        int Total, IReadOnlyList<Count> ByCategory, IReadOnlyList<Count> ByProvince, IReadOnlyList<Count> ByOutcome, IReadOnlyList<AgencyRow> ByAgency,
        double? AverageDaysToDecide, double? MedianDaysToDecide);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null).WithName(_ => Text.Pick("To", "ដល់"));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var complaints = db.VisibleComplaints(user);
            if (query.From is { } from) complaints = complaints.Where(c => c.ReceivedAt >= new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
            if (query.To is { } to) complaints = complaints.Where(c => c.ReceivedAt < new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
            var rows = await complaints.Select(c => new { c.Account.Category, c.Complainant.ProvinceCode, c.AgencyId, c.Outcome, c.ReceivedAt, c.DecidedAt }).ToListAsync(cancellationToken);
            var provinces = await db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Name, cancellationToken);
            var agencyIds = rows.Where(r => r.AgencyId is not null).Select(r => r.AgencyId!.Value).Distinct().ToList();
            var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
            var deployed = await db.Deployments.AsNoTracking().Where(d => agencyIds.Contains(d.AgencyId) && d.Departure != null)
                .GroupBy(d => d.AgencyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            var days = rows.Where(r => r.DecidedAt is not null).Select(r => (r.DecidedAt!.Value - r.ReceivedAt).TotalDays).Order().ToList();

            return new Result(
                rows.Count,
                rows.GroupBy(r => r.Category).OrderBy(g => g.Key).Select(g => new Count(g.Key.ToString(), g.Key.ToString(), g.Key.ToString(), g.Count())).ToList(),
                rows.GroupBy(r => r.ProvinceCode).OrderByDescending(g => g.Count())
                    .Select(g => new Count(g.Key, provinces.GetValueOrDefault(g.Key)?.Km ?? g.Key, provinces.GetValueOrDefault(g.Key)?.En ?? g.Key, g.Count())).ToList(),
                rows.GroupBy(r => r.Outcome?.ToString() ?? "Open").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new Count(g.Key, g.Key, g.Key, g.Count())).ToList(),
                rows.Where(r => r.AgencyId is not null).GroupBy(r => r.AgencyId!.Value).Select(g =>
                {
                    var workers = deployed.GetValueOrDefault(g.Key);
                    return new AgencyRow(g.Key, agencies[g.Key].Km, agencies[g.Key].En, g.Count(), workers, workers == 0 ? null : Math.Round(g.Count() * 100m / workers, 2));
                }).OrderByDescending(a => a.PerHundredDeployed ?? decimal.MaxValue).ThenByDescending(a => a.Complaints).ToList(),
                days.Count == 0 ? null : Math.Round(days.Average(), 1),
                days.Count == 0 ? null : Math.Round(days[days.Count / 2], 1));
        }
    }
}
