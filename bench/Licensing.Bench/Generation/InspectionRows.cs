namespace Licensing.Bench.Generation;

/// <summary>Visits to head offices, branches and training centres over six years; past ones done (some with findings), the next weeks' planned or scheduled.</summary>
public sealed class InspectionRows(Fake fake, ReferenceData reference, DateOnly today)
{
    private readonly List<(Guid Inspection, DateOnly Visited, bool CorrectiveActions)> _withFindings = [];

    public IEnumerable<object?[]> Inspections(Scale scale, IReadOnlyList<GeneratedAgency> agencies)
    {
        for (var i = 0; i < scale.Inspections; i++)
        {
            var agency = agencies[i % agencies.Count];
            var site = fake.Pick(agency.Sites);
            var planned = fake.DayBetween(today.AddYears(-6), today.AddDays(60));
            var past = planned < today;
            var kind = fake.Chance(0.85) ? "Ordinary" : "Special";
            var findings = past && fake.Chance(0.3);
            var status = !past ? (fake.Chance(0.5) ? "Scheduled" : "Planned") : findings && planned > today.AddDays(-90) ? "CorrectiveActionsRequired" : "Closed";
            var id = Guid.CreateVersion7();
            if (findings) _withFindings.Add((id, planned, status == "CorrectiveActionsRequired"));
            yield return
            [
                id, agency.Id, kind, null, planned, status == "Planned" ? null : planned, kind == "Ordinary", status, null, null,
                past ? fake.MomentOn(planned) : null, site.Address, site.Kind, site.Province, site.Id, Guid.NewGuid(), 1,
            ];
        }
    }

    public static readonly string[] InspectionColumns =
    [
        "Id", "AgencyId", "Kind", "PlanId", "PlannedFor", "ScheduledOn", "Announced", "Status", "ComplaintId", "FollowUpOf",
        "CompletedAt", "Site_Address", "Site_Kind", "Site_ProvinceCode", "Site_SiteId", "Version", "ChecklistVersion",
    ];

    /// <summary>One to three findings for the inspections that had any; written after <see cref="Inspections"/>.</summary>
    public IEnumerable<object?[]> Findings() => _withFindings.SelectMany(v => Enumerable.Range(0, fake.Random.Next(1, 4)).Select(_ =>
    {
        var severity = fake.Skewed(new[] { "Minor", "Major", "Critical" });
        return new object?[]
        {
            Guid.CreateVersion7(), v.Inspection, fake.Pick(reference.ChecklistItems), severity, "Observed during the visit.", "Correct and send evidence.",
            v.Visited.AddDays(30), v.CorrectiveActions ? "Open" : "Verified", null, null, v.CorrectiveActions ? null : fake.MomentOn(v.Visited.AddDays(25)),
        };
    }));

    public static readonly string[] FindingColumns =
        ["Id", "InspectionId", "ItemCode", "Severity", "Description", "CorrectiveAction", "DueOn", "Status", "EvidenceNote", "EvidenceSubmittedAt", "VerifiedAt"];
}
