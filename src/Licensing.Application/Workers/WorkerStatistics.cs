using System.Globalization;
using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Workers;

/// <summary>
/// Deployments (by departure date), returns (by return date) and repatriation cases (by opening
/// date) in the caller's scope, filtered and grouped by receiving country, sex, sector, home
/// province or month.
/// </summary>
public static class WorkerStatistics
{
    public enum Dimension { Country, Sex, Sector, Province, Month }

    public sealed record Query(Dimension? GroupBy, string? Country, Sex? Sex, string? Sector, string? Province, string? From, string? To);

    public sealed record Row(string Key, string Label, int Deployments, int Returns, int Repatriations);

    public sealed record Result(Dimension GroupBy, IReadOnlyList<Row> Rows, Row Total);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.GroupBy).IsInEnum().WithName(_ => Text.Pick("Group by", "ដាក់ជាក្រុមតាម"));
            RuleFor(q => q.From).Matches(@"^\d{4}-(0[1-9]|1[0-2])$").WithName(_ => Text.Pick("From (month)", "ចាប់ពី (ខែ)"));
            RuleFor(q => q.To).Matches(@"^\d{4}-(0[1-9]|1[0-2])$").WithName(_ => Text.Pick("To (month)", "ដល់ (ខែ)"));
        }
    }

    private enum Kind { Deployment, Return, Repatriation }

    private sealed record Fact(string Country, string Sector, Sex Sex, string Province);

    private sealed record Event(Fact Fact, DateOnly? On, Kind Kind);

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var deployments = db.VisibleDeployments(user).Where(d => d.Status != DeploymentStatus.Preparing);
            if (!string.IsNullOrWhiteSpace(query.Country)) deployments = deployments.Where(d => d.CountryCode == query.Country);
            if (!string.IsNullOrWhiteSpace(query.Sector)) deployments = deployments.Where(d => d.SectorCode == query.Sector);
            var workers = db.Workers.AsNoTracking();
            if (query.Sex is { } sex) workers = workers.Where(w => w.Sex == sex);
            if (!string.IsNullOrWhiteSpace(query.Province)) workers = workers.Where(w => w.Home.ProvinceCode == query.Province);

            var joined = deployments.Join(workers, d => d.WorkerId, w => w.Id, (d, w) => new { d, w });
            var journeys = await joined
                .Select(x => new { x.d.CountryCode, x.d.SectorCode, x.w.Sex, x.w.Home.ProvinceCode, Departed = (DateOnly?)x.d.Departure!.DepartedOn, Returned = (DateOnly?)x.d.Return!.ReturnedOn })
                .ToListAsync(cancellationToken);
            var repatriations = await joined.SelectMany(x => x.d.Repatriations, (x, r) => new { x.d.CountryCode, x.d.SectorCode, x.w.Sex, x.w.Home.ProvinceCode, r.OpenedAt })
                .ToListAsync(cancellationToken);

            var (from, to) = (MonthStart(query.From), MonthStart(query.To)?.AddMonths(1).AddDays(-1));
            var events = journeys.Select(j => new Event(new(j.CountryCode, j.SectorCode, j.Sex, j.ProvinceCode), j.Departed, Kind.Deployment))
                .Concat(journeys.Select(j => new Event(new(j.CountryCode, j.SectorCode, j.Sex, j.ProvinceCode), j.Returned, Kind.Return)))
                .Concat(repatriations.Select(r => new Event(new(r.CountryCode, r.SectorCode, r.Sex, r.ProvinceCode), DateOnly.FromDateTime(r.OpenedAt.UtcDateTime), Kind.Repatriation)))
                .Where(e => e.On is { } on && (from is null || on >= from) && (to is null || on <= to))
                .ToList();

            var groupBy = query.GroupBy ?? Dimension.Country;
            var labels = await LabelsAsync(groupBy, cancellationToken);
            var rows = events.GroupBy(e => KeyOf(groupBy, e.Fact, e.On!.Value))
                .Select(g => new Row(g.Key, labels.GetValueOrDefault(g.Key, g.Key), g.Count(e => e.Kind == Kind.Deployment), g.Count(e => e.Kind == Kind.Return), g.Count(e => e.Kind == Kind.Repatriation)))
                .OrderBy(r => groupBy == Dimension.Month ? r.Key : null).ThenByDescending(r => r.Deployments).ThenBy(r => r.Label)
                .ToList();
            var total = new Row("", Text.Pick("Total", "សរុប"), rows.Sum(r => r.Deployments), rows.Sum(r => r.Returns), rows.Sum(r => r.Repatriations));
            return new Result(groupBy, rows, total);
        }

        private static string KeyOf(Dimension dimension, Fact fact, DateOnly on) => dimension switch
        {
            Dimension.Sex => fact.Sex.ToString(),
            Dimension.Sector => fact.Sector,
            Dimension.Province => fact.Province,
            Dimension.Month => on.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => fact.Country,
        };

        private async Task<Dictionary<string, string>> LabelsAsync(Dimension dimension, CancellationToken cancellationToken) => dimension switch
        {
            Dimension.Country => await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, c => Text.Pick(c.Name.En, c.Name.Km), cancellationToken),
            Dimension.Sector => await db.Sectors.AsNoTracking().ToDictionaryAsync(s => s.Code, s => Text.Pick(s.Name.En, s.Name.Km), cancellationToken),
            Dimension.Province => await db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Code, p => Text.Pick(p.Name.En, p.Name.Km), cancellationToken),
            Dimension.Sex => new() { ["Female"] = Text.Pick("Female", "ស្រី"), ["Male"] = Text.Pick("Male", "ប្រុស") },
            _ => [],
        };

        private static DateOnly? MonthStart(string? month) =>
            string.IsNullOrWhiteSpace(month) ? null : DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
