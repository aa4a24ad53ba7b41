namespace Licensing.Bench.Generation;

/// <summary>
/// Disappearance cases of deployed workers, each with its three recipient bodies. Almost all are
/// closed; the open ones are acknowledged and recently updated, so the minute-by-minute
/// escalation job has nothing to do with them.
/// </summary>
public sealed class DisappearanceRows(Fake fake, DateOnly today)
{
    private static readonly string[] Resolutions = ["LocatedSafe", "LocatedSafe", "ReturnedHome", "Detained", "InHospital", "StillMissingReferred", "Deceased"];
    private readonly List<(Guid Case, string Country, DateTimeOffset Reported, bool Open)> _cases = [];

    public IEnumerable<object?[]> Cases(Scale scale, WorkerPlan[] workers, IReadOnlyList<GeneratedAgency> agencies)
    {
        var deployed = workers.Where(w => w.Status == "Deployed" && w.Departed < today.AddDays(-30)).Take(scale.Disappearances).ToList();
        for (var i = 0; i < deployed.Count; i++)
        {
            var w = deployed[i];
            var agency = agencies[w.Agency];
            var country = agency.JobOrders[w.JobOrder].Country;
            var open = i % 20 == 0;
            var reported = fake.MomentOn(open ? today.AddDays(-fake.Random.Next(1, 20)) : fake.DayBetween(w.Departed!.Value, today.AddDays(-21)));
            var learned = reported.AddHours(-fake.Random.Next(1, 40));
            var id = Guid.CreateVersion7();
            _cases.Add((id, country, reported, open));
            yield return
            [
                id, $"MW-{reported.Year}-G{i:D7}", w.Id, w.DeploymentId, agency.Id, country, "Agency", "Near the workers' dormitory", null, null,
                learned.AddHours(-12), learned, "Did not come back from the market on the day off.", "Employer", null, null, null,
                reported, null, "Agency staff", reported - learned > TimeSpan.FromHours(24), "Confirmed", true, null, open ? "Open" : "Closed", open ? w.Id.ToString() : null,
                open ? DateTimeOffset.UtcNow.AddHours(-1) : reported.AddDays(3), open ? null : fake.Pick(Resolutions), open ? null : "Generated resolution",
                open ? null : reported.AddDays(fake.Random.Next(1, 30)), open ? null : "Embassy officer", null, Guid.NewGuid(),
            ];
        }
    }

    public static readonly string[] CaseColumns =
    [
        "Id", "Number", "WorkerId", "DeploymentId", "AgencyId", "CountryCode", "Source", "Facts_LastKnownLocation", "Facts_Latitude", "Facts_Longitude",
        "Facts_LastContactAt", "Facts_AgencyLearnedAt", "Facts_Circumstances", "Facts_OthersInformed", "Family_Name", "Family_Phone", "Family_Relationship",
        "ReportedAt", "ReportedByUserId", "ReportedByName", "IsLate", "AgencyPosition", "Verified", "VerifiedByName", "Status", "OpenSlot",
        "LastAgencyUpdateAt", "Resolution", "ResolutionNote", "ClosedAt", "ClosedByName", "IdempotencyKey", "Version",
    ];

    /// <summary>The embassy of the receiving country, the Ministry of Interior and MLVT for each case; written after <see cref="Cases"/>.</summary>
    public IEnumerable<object?[]> Recipients() => _cases.SelectMany(c => new[] { ("Embassy", $"embassy:{c.Country}"), ("Interior", "interior"), ("Ministry", "ministry") }
        .Select(r => new object?[] { Guid.CreateVersion7(), c.Case, r.Item1, r.Item2, c.Reported, c.Reported.AddMinutes(fake.Random.Next(2, 90)), null, "Duty officer", null }));

    public static readonly string[] RecipientColumns =
        ["Id", "CaseId", "Kind", "BodyKey", "NotifiedAt", "AcknowledgedAt", "AcknowledgedByUserId", "AcknowledgedByName", "EscalatedAt"];
}
