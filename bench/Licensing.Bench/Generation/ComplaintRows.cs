namespace Licensing.Bench.Generation;

/// <summary>
/// Complaints over six years. Half are closed with an outcome; the other half are open and past
/// their deadline, which gives the escalation sweep its due items. Every generated complaint has
/// the PIN 000000 (one hash, computed once by the caller).
/// </summary>
public sealed class ComplaintRows(Fake fake, ReferenceData reference, DateOnly today, string pinHash)
{
    private const string CodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static readonly string[] Categories =
        ["ExcessiveFees", "WagesUnpaid", "DocumentsKept", "ContractProblem", "WorkingConditions", "JobDeception", "NoHelpAbroad", "RepatriationRefused", "AbuseOrViolence", "Other"];
    private static readonly string[] OpenStatuses = ["Received", "Acknowledged", "UnderInvestigation", "Conciliation"];
    private static readonly string[] Outcomes = ["Resolved", "Resolved", "Dismissed", "Referred", "Withdrawn"];

    public IEnumerable<object?[]> Complaints(Scale scale, IReadOnlyList<GeneratedAgency> agencies)
    {
        for (var i = 0; i < scale.Complaints; i++)
        {
            var open = i % 2 == 1;
            var received = fake.MomentOn(open ? fake.DayBetween(today.AddYears(-2), today.AddDays(-70)) : fake.DayBetween(today.AddYears(-6), today.AddDays(-70)));
            var status = open ? fake.Pick(OpenStatuses) : "Closed";
            var acknowledged = status == "Received" ? (DateTimeOffset?)null : received.AddDays(fake.Random.Next(0, 4));
            var agency = fake.Chance(0.95) ? fake.Skewed(agencies, 1.6).Id : (Guid?)null;
            var decided = open ? (DateTimeOffset?)null : received.AddDays(fake.Random.Next(5, 120));
            var province = fake.Skewed(reference.Provinces);
            var (_, worker) = fake.PersonName();
            yield return
            [
                Guid.CreateVersion7(), TrackingCode(i), pinHash, 0, null, agency, agency is null ? "Unknown recruiter in the village" : null, fake.Chance(0.3),
                fake.Chance(0.8) ? "Province" : "Ministry", null, null, null, status, received, received.AddDays(3), acknowledged, received.AddDays(60),
                agency is null || acknowledged is null ? null : acknowledged.Value.AddDays(15), null, decided, decided?.AddDays(7),
                decided is null ? null : "Generated outcome", open ? null : fake.Pick(Outcomes), null, null, 0,
                fake.Chance(0.7) ? "Worker" : "FamilyMember", null, null, worker, fake.Phone(), null, null, province, "Phone",
                fake.Skewed(Categories), "The recruiter took a fee of 600 dollars and kept my passport.", "Bangkok", "Last year", "My passport back", Guid.NewGuid(),
            ];
        }
    }

    public static readonly string[] Columns =
    [
        "Id", "TrackingCode", "PinHash", "FailedPinAttempts", "PinLockedUntil", "AgencyId", "UnlicensedRecruiter", "IdentitySharedWithAgency",
        "Desk", "FiledByUserId", "AssignedOfficerId", "AssignedOfficerName", "Status", "ReceivedAt", "AcknowledgeBy", "AcknowledgedAt", "ResolveBy",
        "AgencyAnswerBy", "AgencyAnsweredAt", "DecidedAt", "ClosedAt", "DecisionReason", "Outcome", "ReferredTo", "SettlementHonoured", "EscalationLevel",
        "Complainant_FiledAs", "Complainant_FilerName", "Complainant_FilerOrganisation", "Complainant_WorkerName", "Complainant_Phone", "Complainant_Email",
        "Complainant_PassportNumber", "Complainant_ProvinceCode", "Complainant_PreferredContact", "Account_Category", "Account_WhatHappened", "Account_Where",
        "Account_When", "Account_WhatTheyWant", "Version",
    ];

    /// <summary>C-XXXX-XXXX from the index, starting with Z so it cannot meet the demo's random codes in practice.</summary>
    private static string TrackingCode(int index)
    {
        Span<char> chars = stackalloc char[8];
        chars[0] = 'Z';
        for (var p = 7; p > 0; p--)
        {
            chars[p] = CodeAlphabet[index % CodeAlphabet.Length];
            index /= CodeAlphabet.Length;
        }
        return $"C-{chars[..4]}-{chars[4..]}";
    }
}
