using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Agencies;
using Licensing.Application.Common;
using Licensing.Application.ReferenceData;
using Licensing.Application.Texts;
using Licensing.Domain.Calendar;
using Licensing.Domain.Complaints;
using Licensing.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Complaints;

/// <summary>
/// Complaints received in a period of Phnom Penh days (R35), in the caller's scope: by category, province, outcome and
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
        public Validator() => RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null).WithName(_ => Catalogue.Say(Keys.To));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, ProvinceNames provinceNames, ITermNames terms)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var until = query.To?.AddDays(1);
            var complaints = db.VisibleComplaints(user);
            var tally = user.IsLicensingOfficer() ? await FromTotalsAsync(complaints, null, query.From, until, cancellationToken)
                : user.IsInRole(Roles.ProvincialOfficer) && user.ProvinceCode is { } province ? await FromTotalsAsync(complaints, province, query.From, until, cancellationToken)
                : await ComplaintTally.CountAsync(ReceivedBetween(complaints, query.From, until), cancellationToken);
            var provinces = await provinceNames.GetAsync(db, cancellationToken);
            var byAgency = tally.Agencies.GroupBy(a => a.AgencyId).Select(g => (AgencyId: g.Key, Complaints: g.Sum(a => a.Complaints))).Where(a => a.Complaints > 0).ToList();
            var agencyIds = byAgency.Select(a => a.AgencyId).ToList();
            var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
            var deployed = await db.AgencyDeploymentCounts.AsNoTracking().Where(d => agencyIds.Contains(d.AgencyId))
                .ToDictionaryAsync(d => d.AgencyId, d => d.Deployed, cancellationToken);
            var counts = tally.Groups;
            var decided = counts.Sum(c => c.Decided);

            return new Result(
                counts.Sum(c => c.Complaints),
                Breakdown(counts, c => c.Category).OrderBy(c => c.Key)
                    .Select(c => Named(c.Key.ToString(), c.Complaints)).ToList(),
                Breakdown(counts, c => c.ProvinceCode).OrderByDescending(p => p.Complaints).ThenBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => new Count(p.Key, provinces.GetValueOrDefault(p.Key)?.Km ?? p.Key, provinces.GetValueOrDefault(p.Key)?.En ?? p.Key, p.Complaints)).ToList(),
                Breakdown(counts, c => c.Outcome == "" ? "Open" : c.Outcome).OrderBy(o => o.Key, StringComparer.Ordinal)
                    .Select(o => Named(o.Key, o.Complaints)).ToList(),
                byAgency.Select(a =>
                {
                    var workers = deployed.GetValueOrDefault(a.AgencyId);
                    var name = agencies[a.AgencyId];
                    return new AgencyRow(a.AgencyId, name.Km, name.En, a.Complaints, workers, workers == 0 ? null : Math.Round(a.Complaints * 100m / workers, 2));
                }).OrderByDescending(a => a.PerHundredDeployed ?? decimal.MaxValue).ThenByDescending(a => a.Complaints).ThenBy(a => a.NameEn, StringComparer.Ordinal).ToList(),
                decided == 0 ? null : Math.Round(counts.Sum(c => c.DaysToDecide) / decided, 1),
                tally.MedianDaysToDecide());
        }

        /// <summary>A category's or an outcome's row, named in both languages.</summary>
        private Count Named(string key, int complaints)
        {
            var name = terms.Of(key);
            return new Count(key, name.Km, name.En, complaints);
        }

        /// <summary>
        /// MLVT's statistics (all provinces) and a province's: the running totals for the whole months of the period,
        /// the days around them counted afresh from the caller's complaints, which are the same complaints.
        /// </summary>
        private async Task<ComplaintTally> FromTotalsAsync(IQueryable<Complaint> complaints, string? province, DateOnly? from, DateOnly? until, CancellationToken cancellationToken)
        {
            var split = PeriodSplit.Of(from, until);
            var tally = split.Months is { } months ? await ComplaintTally.FromTotalsAsync(db, months, province, cancellationToken) : ComplaintTally.None;
            return split.Days.Count == 0 ? tally : tally.Plus(await ComplaintTally.CountAsync(ReceivedOn(complaints, split.Days), cancellationToken));
        }

        /// <summary>The complaints received on the days before and after the whole months, counted in one pass over both ranges.</summary>
        private static IQueryable<Complaint> ReceivedOn(IQueryable<Complaint> complaints, IReadOnlyList<DayRange> days)
        {
            var (from, until) = (PhnomPenh.StartOf(days[0].From), PhnomPenh.StartOf(days[0].Until));
            var (thenFrom, thenUntil) = days.Count > 1 ? (PhnomPenh.StartOf(days[1].From), PhnomPenh.StartOf(days[1].Until)) : (until, until);
            return complaints.Where(c => (c.ReceivedAt >= from && c.ReceivedAt < until) || (c.ReceivedAt >= thenFrom && c.ReceivedAt < thenUntil));
        }

        private static IQueryable<Complaint> ReceivedBetween(IQueryable<Complaint> complaints, DateOnly? from, DateOnly? until)
        {
            if (from is { } first) complaints = complaints.Where(c => c.ReceivedAt >= PhnomPenh.StartOf(first));
            if (until is { } end) complaints = complaints.Where(c => c.ReceivedAt < PhnomPenh.StartOf(end));
            return complaints;
        }

        /// <summary>Complaints by one key, leaving out keys whose totals have come back to nothing.</summary>
        private static IEnumerable<(TKey Key, int Complaints)> Breakdown<TKey>(IEnumerable<ComplaintTally.Group> groups, Func<ComplaintTally.Group, TKey> key) =>
            groups.GroupBy(key).Select(g => (g.Key, Complaints: g.Sum(c => c.Complaints))).Where(g => g.Complaints > 0);
    }
}
