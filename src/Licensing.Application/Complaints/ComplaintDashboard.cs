using System.Linq.Expressions;
using Licensing.Application.Abstractions;
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

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(CancellationToken cancellationToken)
        {
            var open = db.VisibleComplaints(user)
                .Where(c => c.Status == ComplaintStatus.Received || c.Status == ComplaintStatus.Acknowledged || c.Status == ComplaintStatus.UnderInvestigation || c.Status == ComplaintStatus.Conciliation)
                .Select(c => new OpenComplaint
                {
                    ProvinceCode = c.Complainant.ProvinceCode, AgencyId = c.AgencyId, OfficerName = c.AssignedOfficerName,
                    Due = c.Status == ComplaintStatus.Received ? c.AcknowledgeBy : c.ResolveBy,
                });
            var now = clock.GetUtcNow();
            // Provinces x officers is a few hundred rows: one pass gives both breakdowns.
            var byProvinceAndOfficer = await TallyAsync(open, c => new { c.ProvinceCode, c.OfficerName }, now, cancellationToken);
            var byProvince = byProvinceAndOfficer.GroupBy(t => t.Key.ProvinceCode).Select(g => Sum(g.Key, g)).ToList();
            var byOfficer = byProvinceAndOfficer.GroupBy(t => t.Key.OfficerName).Select(g => Sum(g.Key, g)).ToList();
            var byAgency = await TallyAsync(open, c => c.AgencyId, now, cancellationToken);
            var provinces = await db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Name, cancellationToken);
            var agencyIds = byAgency.Where(a => a.Key is not null).Select(a => a.Key!.Value).ToList();
            var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);

            return new Result(
                Row("total", "សរុប", "Total", Sum("", byProvince)),
                Ordered(byProvince.Select(p => Row(p.Key, provinces.GetValueOrDefault(p.Key)?.Km ?? p.Key, provinces.GetValueOrDefault(p.Key)?.En ?? p.Key, p))),
                Ordered(byAgency.Select(a => a.Key is { } id
                    ? Row(id.ToString(), agencies[id].Km, agencies[id].En, a)
                    : Row("unlicensed", "អ្នកជ្រើសរើសគ្មានអាជ្ញាប័ណ្ណ", "Unlicensed recruiters", a))),
                Ordered(byOfficer.Select(o => o.Key is { } name ? Row(name, name, name, o) : Row("", "មិនទាន់ប្រគល់", "Not assigned", o))));
        }

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

        private static Row Row<TKey>(string key, string km, string en, Tally<TKey> tally) =>
            new(key, km, en, tally.All - tally.Red - tally.Amber, tally.Amber, tally.Red);

        private static List<Row> Ordered(IEnumerable<Row> rows) =>
            rows.OrderByDescending(r => r.Red).ThenByDescending(r => r.Amber).ThenBy(r => r.NameEn, StringComparer.Ordinal).ToList();
    }
}
