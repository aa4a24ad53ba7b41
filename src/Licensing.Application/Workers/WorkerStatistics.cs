using System.Globalization;
using System.Linq.Expressions;
using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.ReferenceData;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
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

    /// <summary>A group's counts under its name in both languages; <see cref="Label"/> is the name in the reader's language.</summary>
    public sealed record Row(string Key, LocalizedText Name, int Deployments, int Returns, int Repatriations)
    {
        public string Label => Name.In(CultureInfo.CurrentUICulture.Name);
    }

    public sealed record Result(Dimension GroupBy, IReadOnlyList<Row> Rows, Row Total);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.GroupBy).IsInEnum().WithName(_ => Catalogue.Say(Keys.GroupBy));
            RuleFor(q => q.From).Matches(@"^\d{4}-(0[1-9]|1[0-2])$").WithName(_ => Catalogue.Say(Keys.FromMonth));
            RuleFor(q => q.To).Matches(@"^\d{4}-(0[1-9]|1[0-2])$").WithName(_ => Catalogue.Say(Keys.ToMonth));
        }
    }

    private sealed record Counted(string Key, int Deployments, int Returns, int Repatriations);

    public sealed class Handler(ILicensingDb db, ICurrentUser user, ProvinceNames provinceNames)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var movements = db.VisibleMovements(user);
            if (!string.IsNullOrWhiteSpace(query.Country)) movements = movements.Where(m => m.CountryCode == query.Country);
            if (!string.IsNullOrWhiteSpace(query.Sector)) movements = movements.Where(m => m.SectorCode == query.Sector);
            if (query.Sex is { } sex) movements = movements.Where(m => m.Sex == sex);
            if (!string.IsNullOrWhiteSpace(query.Province)) movements = movements.Where(m => m.ProvinceCode == query.Province);
            if (!string.IsNullOrWhiteSpace(query.From)) movements = movements.Where(m => m.Month.CompareTo(query.From) >= 0);
            if (!string.IsNullOrWhiteSpace(query.To)) movements = movements.Where(m => m.Month.CompareTo(query.To) <= 0);

            var groupBy = query.GroupBy ?? Dimension.Country;
            var counted = groupBy switch
            {
                Dimension.Sex => await CountAsync(movements, m => m.Sex, sex => sex.ToString(), cancellationToken),
                Dimension.Sector => await CountAsync(movements, m => m.SectorCode, code => code, cancellationToken),
                Dimension.Province => await CountAsync(movements, m => m.ProvinceCode, code => code, cancellationToken),
                Dimension.Month => await CountAsync(movements, m => m.Month, month => month, cancellationToken),
                _ => await CountAsync(movements, m => m.CountryCode, code => code, cancellationToken),
            };
            var labels = await LabelsAsync(groupBy, cancellationToken);
            var rows = counted.Select(c => new Row(c.Key, ReferenceNames.Named(labels, c.Key), c.Deployments, c.Returns, c.Repatriations))
                .OrderBy(r => groupBy == Dimension.Month ? r.Key : null).ThenByDescending(r => r.Deployments).ThenBy(r => r.Label)
                .ToList();
            var total = new Row("", Catalogue.Both(Keys.Total), rows.Sum(r => r.Deployments), rows.Sum(r => r.Returns), rows.Sum(r => r.Repatriations));
            return new Result(groupBy, rows, total);
        }

        /// <summary>Totals per key, summed in the database; keys whose totals were taken back to nothing are left out.</summary>
        private static async Task<List<Counted>> CountAsync<TKey>(
            IQueryable<WorkerMovement> movements, Expression<Func<WorkerMovement, TKey>> key, Func<TKey, string> name, CancellationToken cancellationToken)
        {
            var groups = await movements.GroupBy(key)
                .Select(g => new { g.Key, Deployments = g.Sum(m => m.Deployments), Returns = g.Sum(m => m.Returns), Repatriations = g.Sum(m => m.Repatriations) })
                .ToListAsync(cancellationToken);
            return groups.Where(g => g.Deployments + g.Returns + g.Repatriations > 0)
                .Select(g => new Counted(name(g.Key), g.Deployments, g.Returns, g.Repatriations)).ToList();
        }

        private async Task<IReadOnlyDictionary<string, LocalizedText>> LabelsAsync(Dimension dimension, CancellationToken cancellationToken) => dimension switch
        {
            Dimension.Country => await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, cancellationToken),
            Dimension.Sector => await db.Sectors.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.Name, cancellationToken),
            Dimension.Province => await provinceNames.GetAsync(db, cancellationToken),
            Dimension.Sex => new Dictionary<string, LocalizedText> { ["Female"] = Catalogue.Both(Keys.Female), ["Male"] = Catalogue.Both(Keys.Male) },
            _ => new Dictionary<string, LocalizedText>(),
        };
    }
}
