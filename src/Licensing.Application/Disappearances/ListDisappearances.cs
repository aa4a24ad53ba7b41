using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Disappearances;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Disappearances;

/// <summary>The cases the caller may see, newest first, with whether their own body has acknowledged each.</summary>
public static class ListDisappearances
{
    public sealed record Query(CaseStatus? Status, bool? Late, int? Page, int? PageSize);

    public sealed record Item
    {
        public required Guid Id { get; init; }
        public required string Number { get; init; }
        public required CaseStatus Status { get; init; }
        public required ReportSource Source { get; init; }
        public required string CountryCode { get; init; }
        public required Guid? AgencyId { get; init; }
        public required bool Unregistered { get; init; }
        public required string WorkerName { get; init; }
        public required string LastKnownLocation { get; init; }
        public required DateTimeOffset ReportedAt { get; init; }
        public required bool IsLate { get; init; }
        public required bool Verified { get; init; }
        public required int Acknowledgements { get; init; }

        /// <summary>Null when the caller is not a recipient (agency staff).</summary>
        public required bool? AcknowledgedByMe { get; init; }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task<Page<Item>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var (number, size) = Paging.Normalize(query.Page, query.PageSize);
            var cases = db.VisibleCases(user);
            if (query.Status is { } status) cases = cases.Where(c => c.Status == status);
            if (query.Late is { } late) cases = cases.Where(c => c.IsLate == late);
            var body = user.BodyOf();
            var total = await cases.CountAsync(cancellationToken);
            var items = await cases.OrderByDescending(c => c.ReportedAt).Skip((number - 1) * size).Take(size)
                .Select(c => new Item
                {
                    Id = c.Id,
                    Number = c.Number,
                    Status = c.Status,
                    Source = c.Source,
                    CountryCode = c.CountryCode,
                    AgencyId = c.AgencyId,
                    Unregistered = c.WorkerId == null,
                    WorkerName = c.WorkerId == null ? c.Person!.Name : db.Workers.Where(w => w.Id == c.WorkerId).Select(w => w.NameLatin).First(),
                    LastKnownLocation = c.Facts.LastKnownLocation,
                    ReportedAt = c.ReportedAt,
                    IsLate = c.IsLate,
                    Verified = c.Verified,
                    Acknowledgements = c.Recipients.Count(r => r.AcknowledgedAt != null),
                    AcknowledgedByMe = body == null ? null : c.Recipients.Any(r => r.BodyKey == body && r.AcknowledgedAt != null),
                }).ToListAsync(cancellationToken);
            return new Page<Item>(items, total, number, size);
        }
    }
}
