using System.Linq.Expressions;
using Licensing.Application.Abstractions;
using Licensing.Application.Agencies;
using Licensing.Application.Common;
using Licensing.Application.ReferenceData;
using Licensing.Application.Texts;
using Licensing.Domain.Calendar;
using Licensing.Domain.Common;
using Licensing.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Complaints;

/// <summary>Open complaints in the caller's scope, counted green, amber and red against their next deadline, by province, agency and officer.</summary>
public static class ComplaintDashboard
{
    public sealed record Row(string Key, string NameKm, string NameEn, int Green, int Amber, int Red)
    {
        public int Total => Green + Amber + Red;
    }

    public sealed record Result(Row Total, IReadOnlyList<Row> ByProvince, IReadOnlyList<Row> ByAgency, IReadOnlyList<Row> ByOfficer);

    private sealed class OpenComplaint
    {
        public string ProvinceCode { get; init; } = "";
        public Guid? AgencyId { get; init; }
        public string? OfficerName { get; init; }
        public DateTimeOffset Due { get; init; }
    }

    private sealed record Tally<TKey>(TKey Key, int Red, int Amber, int All);

    private sealed record OfficerKey(string ProvinceCode, string? OfficerName);

    private static IQueryable<OpenComplaint> Open(IQueryable<Complaint> complaints) => complaints
        .Where(ComplaintAccess.IsOpen)
        .Select(c => new OpenComplaint
        {
            ProvinceCode = c.Complainant.ProvinceCode, AgencyId = c.AgencyId, OfficerName = c.AssignedOfficerName,
            Due = c.Status == ComplaintStatus.Received ? c.AcknowledgeBy : c.ResolveBy,
        });

    public sealed class Handler(ILicensingDb db, ICurrentUser user, BusinessCalendar calendar, ProvinceNames provinceNames)
    {
        public async Task<Result> HandleAsync(CancellationToken cancellationToken)
        {
            var now = calendar.Now;
            var (byProvinceAndOfficer, byAgency) = user.IsLicensingOfficer() ? await FromTotalsAsync(now, cancellationToken) : await CountedAsync(db.VisibleComplaints(user), now, cancellationToken);
            var byProvince = byProvinceAndOfficer.GroupBy(t => t.Key.ProvinceCode).Select(g => Sum(g.Key, g)).ToList();
            var byOfficer = byProvinceAndOfficer.GroupBy(t => t.Key.OfficerName).Select(g => Sum(g.Key, g)).ToList();
            var provinces = await provinceNames.GetAsync(db, cancellationToken);
            var agencyIds = byAgency.Where(a => a.Key is not null).Select(a => a.Key!.Value).ToList();
            var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);

            return new Result(
                Row("total", Catalogue.Both(Keys.Total), Sum("", byProvince)),
                Ordered(byProvince.Select(p => Row(p.Key, provinces.GetValueOrDefault(p.Key) ?? new LocalizedText(p.Key, p.Key), p))),
                Ordered(byAgency.Select(a => a.Key is { } id
                    ? Row(id.ToString(), agencies[id], a)
                    : Row("unlicensed", Catalogue.Both(Keys.UnlicensedRecruiters), a))),
                Ordered(byOfficer.Select(o => o.Key is { } name ? Row(name, new LocalizedText(name, name), o) : Row("", Catalogue.Both(Keys.NotAssignedToAnOfficer), o))));
        }

        /// <summary>Province x officer is a few hundred rows: one pass gives both breakdowns.</summary>
        private static async Task<(List<Tally<OfficerKey>>, List<Tally<Guid?>>)> CountedAsync(IQueryable<Complaint> complaints, DateTimeOffset now, CancellationToken cancellationToken)
        {
            var open = Open(complaints);
            return (await TallyAsync(open, c => new OfficerKey(c.ProvinceCode, c.OfficerName), now, cancellationToken), await TallyAsync(open, c => c.AgencyId, now, cancellationToken));
        }

        /// <summary>
        /// MLVT sees every open complaint: how many each group has, and how many fell due before this month, come from the
        /// running totals the database keeps by (Phnom Penh) month of the next deadline (ADR-015); only the complaints due from the start
        /// of this month to three days ahead are counted one by one, from the deadline indexes.
        /// </summary>
        private async Task<(List<Tally<OfficerKey>>, List<Tally<Guid?>>)> FromTotalsAsync(DateTimeOffset now, CancellationToken cancellationToken)
        {
            var today = calendar.DateOf(now);
            var thisMonth = CalendarMonth.Of(today);
            var monthStart = PhnomPenh.StartOf(new DateOnly(today.Year, today.Month, 1));
            var until = now.AddDays(3);
            var near = db.Complaints.AsNoTracking().Where(c => (c.Status == ComplaintStatus.Received && c.AcknowledgeBy >= monthStart && c.AcknowledgeBy <= until)
                || (c.Status != ComplaintStatus.Received && c.ResolveBy >= monthStart && c.ResolveBy <= until));
            var (nearByOfficer, nearByAgency) = await CountedAsync(near, now, cancellationToken);

            var byOfficer = await db.OpenComplaintCounts.AsNoTracking().GroupBy(t => new { t.ProvinceCode, t.OfficerName })
                .Select(g => new { g.Key.ProvinceCode, g.Key.OfficerName, All = g.Sum(t => t.Complaints), Before = g.Sum(t => string.Compare(t.DueMonth, thisMonth) < 0 ? t.Complaints : 0) })
                .Where(t => t.All != 0).ToListAsync(cancellationToken);
            var byAgency = await db.AgencyOpenComplaintCounts.AsNoTracking().GroupBy(t => t.AgencyId)
                .Select(g => new { AgencyId = g.Key, All = g.Sum(t => t.Complaints), Before = g.Sum(t => string.Compare(t.DueMonth, thisMonth) < 0 ? t.Complaints : 0) })
                .Where(t => t.All != 0).ToListAsync(cancellationToken);

            var officerNear = nearByOfficer.ToDictionary(t => t.Key);
            var agencyNear = nearByAgency.ToDictionary(t => t.Key ?? Guid.Empty);
            return (
                byOfficer.Select(t =>
                {
                    var key = new OfficerKey(t.ProvinceCode, t.OfficerName == "" ? null : t.OfficerName);
                    return Combine(key, t.All, t.Before, officerNear.GetValueOrDefault(key));
                }).ToList(),
                byAgency.Select(t => Combine(t.AgencyId == Guid.Empty ? null : t.AgencyId, t.All, t.Before, agencyNear.GetValueOrDefault(t.AgencyId))).ToList());
        }

        private static Tally<TKey> Combine<TKey>(TKey key, int all, int dueBefore, Tally<TKey>? near) => new(key, dueBefore + (near?.Red ?? 0), near?.Amber ?? 0, all);

        /// <summary>Red once the deadline has passed, amber in its last three days (as <see cref="Complaint.RagOf"/>), counted in the database.</summary>
        private static async Task<List<Tally<TKey>>> TallyAsync<TKey>(
            IQueryable<OpenComplaint> open, Expression<Func<OpenComplaint, TKey>> key, DateTimeOffset now, CancellationToken cancellationToken)
        {
            var threeDaysAhead = now.AddDays(3);
            return await open.GroupBy(key)
                .Select(g => new Tally<TKey>(g.Key, g.Count(c => c.Due < now), g.Count(c => c.Due >= now && c.Due <= threeDaysAhead), g.Count()))
                .ToListAsync(cancellationToken);
        }

        private static Tally<TKey> Sum<TKey, TPart>(TKey key, IEnumerable<Tally<TPart>> parts) =>
            new(key, parts.Sum(p => p.Red), parts.Sum(p => p.Amber), parts.Sum(p => p.All));

        private static Row Row<TKey>(string key, LocalizedText name, Tally<TKey> tally) =>
            new(key, name.Km, name.En, tally.All - tally.Red - tally.Amber, tally.Amber, tally.Red);

        private static List<Row> Ordered(IEnumerable<Row> rows) =>
            rows.OrderByDescending(r => r.Red).ThenByDescending(r => r.Amber).ThenBy(r => r.NameEn, StringComparer.Ordinal).ToList();
    }
}
