using Licensing.Domain.Agencies;
using Licensing.Domain.Calendar;
using Licensing.Domain.Common;
using Licensing.Domain.Inspections;

namespace Licensing.Infrastructure.Seeding;

/// <summary>
/// Visits for the demo inspector (today, tomorrow and next week) and, for the first demo agency,
/// a completed inspection whose corrective action awaits the agency's evidence.
/// </summary>
public static class DemoInspections
{
    public static IReadOnlyList<Inspection> Create(IReadOnlyList<Agency> agencies, Inspector inspector, IReadOnlyList<string> checklist, DateTimeOffset now)
    {
        var today = PhnomPenh.DateOf(now);
        var chief = new Actor(null, "chief.inspector@mlvt.example", now.AddDays(-14));
        var visits = new List<Inspection>();
        foreach (var (agency, days) in agencies.Skip(1).Take(3).Zip([0, 1, 7]))
        {
            var visit = Inspection.Special(agency.Id, HeadOffice(agency), today.AddDays(days), announced: true, complaintId: null, 1, chief);
            visit.Schedule(today.AddDays(days), [inspector], today.AddDays(-14), noticeDays: 7, null, chief);
            visits.Add(visit);
        }

        var first = agencies[0];
        var past = Inspection.Special(first.Id, HeadOffice(first), today.AddDays(-10), announced: true, complaintId: null, 1, chief);
        past.Schedule(today.AddDays(-10), [inspector], today.AddDays(-14), noticeDays: 7, null, chief);
        var asInspector = new Actor(inspector.Id, inspector.Name, now.AddDays(-10));
        past.Start(asInspector);
        foreach (var code in checklist)
        {
            past.Answer(code, code == "fees-receipted" ? ChecklistAnswer.NonCompliant : ChecklistAnswer.Compliant, "", asInspector);
        }
        past.Complete(checklist, [new FindingDraft("fees-receipted", FindingSeverity.Major, "Three workers paid fees without a receipt.",
            "Issue receipts for every fee charged and keep copies in each worker's file.", today.AddDays(20))], asInspector);
        visits.Add(past);
        return visits;
    }

    private static InspectionSite HeadOffice(Agency agency) => new(SiteKind.HeadOffice, null, agency.HeadOffice.Line, agency.HeadOffice.ProvinceCode);
}
