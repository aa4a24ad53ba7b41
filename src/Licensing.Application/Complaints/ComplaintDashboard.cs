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

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var open = await db.VisibleComplaints(user)
                .Where(c => c.Status == ComplaintStatus.Received || c.Status == ComplaintStatus.Acknowledged || c.Status == ComplaintStatus.UnderInvestigation || c.Status == ComplaintStatus.Conciliation)
                .GroupJoin(db.Agencies, c => c.AgencyId, a => a.Id, (c, a) => new { c, a })
                .SelectMany(x => x.a.DefaultIfEmpty(), (x, a) => new
                {
                    x.c.Status, x.c.AcknowledgeBy, x.c.ResolveBy, x.c.Complainant.ProvinceCode, x.c.AgencyId, x.c.UnlicensedRecruiter,
                    AgencyKm = a == null ? null : a.Name.Km, AgencyEn = a == null ? null : a.Name.En, x.c.AssignedOfficerName,
                })
                .ToListAsync(cancellationToken);
            var provinces = await db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Name, cancellationToken);
            var rated = open.Select(c => (c, Rag: Complaint.RagOf(Complaint.DeadlineFor(c.Status, c.AcknowledgeBy, c.ResolveBy), now))).ToList();

            return new Result(
                Count("total", "សរុប", "Total", rated.Select(r => r.Rag)),
                Group(rated, r => r.c.ProvinceCode, r => (provinces.GetValueOrDefault(r.c.ProvinceCode)?.Km ?? r.c.ProvinceCode, provinces.GetValueOrDefault(r.c.ProvinceCode)?.En ?? r.c.ProvinceCode)),
                Group(rated, r => r.c.AgencyId?.ToString() ?? "unlicensed", r => r.c.AgencyId is null ? ("អ្នកជ្រើសរើសគ្មានអាជ្ញាប័ណ្ណ", "Unlicensed recruiters") : (r.c.AgencyKm!, r.c.AgencyEn!)),
                Group(rated, r => r.c.AssignedOfficerName ?? "", r => r.c.AssignedOfficerName is null ? ("មិនទាន់ប្រគល់", "Not assigned") : (r.c.AssignedOfficerName, r.c.AssignedOfficerName)));
        }

        private static List<Row> Group<T>(IEnumerable<(T c, DeadlineRag Rag)> rated, Func<(T c, DeadlineRag Rag), string> key, Func<(T c, DeadlineRag Rag), (string Km, string En)> name) =>
            rated.GroupBy(key)
                .Select(g => { var (km, en) = name(g.First()); return Count(g.Key, km, en, g.Select(r => r.Rag)); })
                .OrderByDescending(r => r.Red).ThenByDescending(r => r.Amber).ThenBy(r => r.NameEn, StringComparer.Ordinal)
                .ToList();

        private static Row Count(string key, string km, string en, IEnumerable<DeadlineRag> rags)
        {
            var list = rags.ToList();
            return new Row(key, km, en, list.Count(r => r == DeadlineRag.Green), list.Count(r => r == DeadlineRag.Amber), list.Count(r => r == DeadlineRag.Red));
        }
    }
}
