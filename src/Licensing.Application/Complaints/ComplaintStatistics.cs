using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.ReferenceData;
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

    public sealed class Handler(ILicensingDb db, ICurrentUser user, ProvinceNames provinceNames)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var complaints = db.VisibleComplaints(user);
            if (query.From is { } from) complaints = complaints.Where(c => c.ReceivedAt >= new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
            if (query.To is { } to) complaints = complaints.Where(c => c.ReceivedAt < new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
            // At most 10 categories x 25 provinces x 5 outcomes rows: one pass gives the three breakdowns and the average time to decide.
            var counts = await Received.From(complaints).GroupBy(r => new { r.Category, r.ProvinceCode, r.Outcome }).Select(g => new
                {
                    g.Key.Category, g.Key.ProvinceCode, g.Key.Outcome, Complaints = g.Count(),
                    Decided = g.Count(r => r.DaysToDecide != null), DaysToDecide = g.Sum(r => r.DaysToDecide),
                })
                .ToListAsync(cancellationToken);
            var byAgency = await complaints.Where(c => c.AgencyId != null).GroupBy(c => c.AgencyId!.Value)
                .Select(g => new { AgencyId = g.Key, Complaints = g.Count() }).ToListAsync(cancellationToken);
            var provinces = await provinceNames.GetAsync(db, cancellationToken);
            var agencyIds = byAgency.Select(a => a.AgencyId).ToList();
            var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
            var deployed = await db.AgencyDeploymentCounts.AsNoTracking().Where(d => agencyIds.Contains(d.AgencyId))
                .ToDictionaryAsync(d => d.AgencyId, d => d.Deployed, cancellationToken);
            var decided = counts.Sum(c => c.Decided);

            return new Result(
                counts.Sum(c => c.Complaints),
                counts.GroupBy(c => c.Category).OrderBy(g => g.Key)
                    .Select(g => new Count(g.Key.ToString(), g.Key.ToString(), g.Key.ToString(), g.Sum(c => c.Complaints))).ToList(),
                counts.GroupBy(c => c.ProvinceCode).Select(g => (Code: g.Key, Complaints: g.Sum(c => c.Complaints)))
                    .OrderByDescending(p => p.Complaints).ThenBy(p => p.Code, StringComparer.Ordinal)
                    .Select(p => new Count(p.Code, provinces.GetValueOrDefault(p.Code)?.Km ?? p.Code, provinces.GetValueOrDefault(p.Code)?.En ?? p.Code, p.Complaints)).ToList(),
                counts.GroupBy(c => c.Outcome?.ToString() ?? "Open").OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new Count(g.Key, g.Key, g.Key, g.Sum(c => c.Complaints))).ToList(),
                byAgency.Select(a =>
                {
                    var workers = deployed.GetValueOrDefault(a.AgencyId);
                    var name = agencies[a.AgencyId];
                    return new AgencyRow(a.AgencyId, name.Km, name.En, a.Complaints, workers, workers == 0 ? null : Math.Round(a.Complaints * 100m / workers, 2));
                }).OrderByDescending(a => a.PerHundredDeployed ?? decimal.MaxValue).ThenByDescending(a => a.Complaints).ThenBy(a => a.NameEn, StringComparer.Ordinal).ToList(),
                decided == 0 ? null : Math.Round(counts.Sum(c => c.DaysToDecide ?? 0) / decided, 1),
                decided == 0 ? null : Math.Round(await MedianDaysToDecideAsync(complaints, decided, cancellationToken), 1));
        }

        /// <summary>The upper of the two middle values when their number is even, sorted by the database.</summary>
        private static async Task<double> MedianDaysToDecideAsync(IQueryable<Complaint> complaints, int decided, CancellationToken cancellationToken) =>
            await Received.From(complaints.Where(c => c.DecidedAt != null))
                .OrderBy(r => r.DaysToDecide).Skip(decided / 2).Select(r => r.DaysToDecide!.Value).FirstAsync(cancellationToken);
    }

    private sealed class Received
    {
        public ComplaintCategory Category { get; init; }
        public string ProvinceCode { get; init; } = "";
        public ComplaintStatus? Outcome { get; init; }
        public double? DaysToDecide { get; init; }

        public static IQueryable<Received> From(IQueryable<Complaint> complaints) => complaints.Select(c => new Received
        {
            Category = c.Account.Category, ProvinceCode = c.Complainant.ProvinceCode, Outcome = c.Outcome,
            DaysToDecide = c.DecidedAt == null ? null : (UnixTime.Seconds(c.DecidedAt.Value) - UnixTime.Seconds(c.ReceivedAt)) / 86400,
        });
    }
}
