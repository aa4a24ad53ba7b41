using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Workers;

/// <summary>The workers the caller may see, newest first, with their latest deployment; searched by name, national ID or passport number. The total stops counting past <see cref="Paging.CountCap"/>.</summary>
public static class ListWorkers
{
    public sealed record Query(string? Search, DeploymentStatus? Status, string? CountryCode, int? Page, int? PageSize);

    /// <summary>With init properties rather than a constructor, so that EF can filter on the projection.</summary>
    public sealed record Item
    {
        public required Guid Id { get; init; }
        public required string NameKm { get; init; }
        public required string NameLatin { get; init; }
        public required Sex Sex { get; init; }
        public required DateOnly DateOfBirth { get; init; }
        public required string ProvinceCode { get; init; }
        public required DateTimeOffset RegisteredAt { get; init; }
        public required DeploymentStatus? Status { get; init; }
        public required string? CountryCode { get; init; }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public Task<Page<Item>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var identity = IdentityIn(query.Search);
            var rows = identity is null ? ByLatestDeployment(ByName(db.RegisterOf(user), query.Search), query)
                : user.SeesEveryDeploymentOfItsWorkers() ? ByLatestDeployment(ByIdentity(db.VisibleWorkers(user), identity), query)
                : ByLatestVisibleDeployment(ByIdentity(db.VisibleWorkers(user), identity), query);
            return rows.OrderByDescending(i => i.RegisteredAt).ThenBy(i => i.NameLatin).ToCappedPageAsync(query.Page, query.PageSize, cancellationToken);
        }

        /// <summary>Names hold no digits: a search with a digit is a national ID or passport number, found by index.</summary>
        private static string? IdentityIn(string? search) =>
            search is not null && search.Any(char.IsDigit) ? IdentityNumbers.Normalize(search) : null;

        private static IQueryable<Worker> ByIdentity(IQueryable<Worker> workers, string identity) =>
            workers.Where(w => w.NationalId == identity || w.PassportNumber == identity);

        private static IQueryable<Worker> ByName(IQueryable<Worker> workers, string? search)
        {
            if (string.IsNullOrWhiteSpace(search)) return workers;
            var pattern = $"%{search.Trim().ToUpperInvariant()}%";
            return workers.Where(w => EF.Functions.Like(w.NameLatin.ToUpper(), pattern) || EF.Functions.Like(w.NameKm, pattern));
        }

        /// <summary>The columns the database keeps on the worker's row.</summary>
        private static IQueryable<Item> ByLatestDeployment(IQueryable<Worker> workers, Query query)
        {
            if (query.Status is { } status) workers = workers.Where(w => EF.Property<DeploymentStatus?>(w, LatestDeployment.Status) == status);
            if (!string.IsNullOrWhiteSpace(query.CountryCode)) workers = workers.Where(w => EF.Property<string?>(w, LatestDeployment.CountryCode) == query.CountryCode);
            return workers.Select(w => new Item
            {
                Id = w.Id, NameKm = w.NameKm, NameLatin = w.NameLatin, Sex = w.Sex, DateOfBirth = w.DateOfBirth, ProvinceCode = w.Home.ProvinceCode,
                RegisteredAt = w.RegisteredAt,
                Status = EF.Property<DeploymentStatus?>(w, LatestDeployment.Status),
                CountryCode = EF.Property<string?>(w, LatestDeployment.CountryCode),
            });
        }

        /// <summary>
        /// An embassy sees only the deployments to its country: the worker's latest when it is one of them,
        /// otherwise the latest of those, looked up (for a worker found by identity number).
        /// </summary>
        private IQueryable<Item> ByLatestVisibleDeployment(IQueryable<Worker> workers, Query query)
        {
            var country = user.CountryCode;
            var deployments = db.VisibleDeployments(user);
            var rows = workers.Select(w => new Item
            {
                Id = w.Id, NameKm = w.NameKm, NameLatin = w.NameLatin, Sex = w.Sex, DateOfBirth = w.DateOfBirth, ProvinceCode = w.Home.ProvinceCode,
                RegisteredAt = w.RegisteredAt,
                Status = EF.Property<string?>(w, LatestDeployment.CountryCode) == country
                    ? EF.Property<DeploymentStatus?>(w, LatestDeployment.Status)
                    : deployments.Where(d => d.WorkerId == w.Id).OrderByDescending(d => d.CreatedAt).Select(d => (DeploymentStatus?)d.Status).FirstOrDefault(),
                CountryCode = country,
            });
            if (query.Status is { } status) rows = rows.Where(i => i.Status == status);
            if (!string.IsNullOrWhiteSpace(query.CountryCode)) rows = rows.Where(i => i.CountryCode == query.CountryCode);
            return rows;
        }
    }
}
