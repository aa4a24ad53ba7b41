using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Workers;

/// <summary>The workers the caller may see, newest first, with their latest deployment; searched by name, national ID or passport number.</summary>
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
        public async Task<Page<Item>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var (number, size) = Paging.Normalize(query.Page, query.PageSize);
            var workers = db.VisibleWorkers(user);
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var pattern = $"%{query.Search.Trim().ToUpperInvariant()}%";
                var identity = IdentityNumbers.Normalize(query.Search);
                workers = workers.Where(w => EF.Functions.Like(w.NameLatin.ToUpper(), pattern) || EF.Functions.Like(w.NameKm, pattern)
                    || w.NationalId == identity || w.PassportNumber == identity);
            }
            var deployments = db.VisibleDeployments(user);
            var rows = workers.Select(w => new Item
            {
                Id = w.Id, NameKm = w.NameKm, NameLatin = w.NameLatin, Sex = w.Sex, DateOfBirth = w.DateOfBirth, ProvinceCode = w.Home.ProvinceCode,
                RegisteredAt = w.RegisteredAt,
                Status = deployments.Where(d => d.WorkerId == w.Id).OrderByDescending(d => d.CreatedAt).Select(d => (DeploymentStatus?)d.Status).FirstOrDefault(),
                CountryCode = deployments.Where(d => d.WorkerId == w.Id).OrderByDescending(d => d.CreatedAt).Select(d => d.CountryCode).FirstOrDefault(),
            });
            if (query.Status is { } status) rows = rows.Where(i => i.Status == status);
            if (!string.IsNullOrWhiteSpace(query.CountryCode)) rows = rows.Where(i => i.CountryCode == query.CountryCode);

            var total = await rows.CountAsync(cancellationToken);
            var items = await rows.OrderByDescending(i => i.RegisteredAt).ThenBy(i => i.NameLatin).Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
            return new Page<Item>(items, total, number, size);
        }
    }
}
