using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Licences;

/// <summary>The licence register, filtered by status, head-office province, expiry within N days, or text.</summary>
public static class ListLicences
{
    public sealed record Query(LicenceStatus? Status, string? ProvinceCode, int? ExpiringWithinDays, string? Search, int? Page, int? PageSize);

    /// <summary>With init properties rather than a constructor, so that EF can filter and sort on the projection.</summary>
    public sealed record Item
    {
        public required Guid Id { get; init; }
        public required string Number { get; init; }
        public required Guid AgencyId { get; init; }
        public required string AgencyNameKm { get; init; }
        public required string AgencyNameEn { get; init; }
        public required string RegistrationNumber { get; init; }
        public required string ProvinceCode { get; init; }
        public required LicenceStatus Status { get; init; }
        public required DateOnly IssuedOn { get; init; }
        public required DateOnly ExpiresOn { get; init; }
        public required bool RenewalPending { get; init; }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, BusinessCalendar calendar)
    {
        public async Task<Page<Item>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var (number, size) = Paging.Normalize(query.Page, query.PageSize);
            var rows = Filter(query);
            var total = await rows.CountAsync(cancellationToken);
            var items = await rows.OrderBy(i => i.ExpiresOn).ThenBy(i => i.Number).Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
            return new Page<Item>(items, total, number, size);
        }

        /// <summary>Every matching row, streamed for the CSV export.</summary>
        public IAsyncEnumerable<Item> StreamAsync(Query query) => Filter(query).OrderBy(i => i.Number).AsAsyncEnumerable();

        private IQueryable<Item> Filter(Query query)
        {
            var licences = db.Licences.AsNoTracking().VisibleTo(user);
            if (query.Status is { } status) licences = licences.Where(l => l.Status == status);
            if (query.ExpiringWithinDays is { } days)
            {
                var today = calendar.Today;
                var limit = today.AddDays(days);
                licences = licences.Held().Where(l => l.ExpiresOn >= today && l.ExpiresOn <= limit);
            }
            var rows = licences.Join(db.Agencies, l => l.AgencyId, a => a.Id, (l, a) => new Item
            {
                Id = l.Id, Number = l.Number, AgencyId = a.Id, AgencyNameKm = a.Name.Km, AgencyNameEn = a.Name.En, RegistrationNumber = l.RegistrationNumber,
                ProvinceCode = a.HeadOffice.ProvinceCode, Status = l.Status, IssuedOn = l.IssuedOn, ExpiresOn = l.ExpiresOn, RenewalPending = l.RenewalPending,
            });
            if (!string.IsNullOrWhiteSpace(query.ProvinceCode)) rows = rows.Where(i => i.ProvinceCode == query.ProvinceCode);
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var pattern = LicenceSearch.Pattern(query.Search);
                rows = rows.Where(i => EF.Functions.Like(i.AgencyNameEn.ToUpper(), pattern) || EF.Functions.Like(i.AgencyNameKm, pattern) || EF.Functions.Like(i.Number, pattern));
            }
            return rows;
        }
    }
}
