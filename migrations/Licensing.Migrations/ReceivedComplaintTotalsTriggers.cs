namespace Licensing.Migrations;

/// <summary>
/// The SQL that keeps the statistics' running totals of complaints by the month they were received (ADR-018)
/// equal to the complaints: "ReceivedComplaintCounts" by category, province and outcome with the days taken to
/// decide, "AgencyReceivedComplaintCounts" by agency and province, "ComplaintDecisionTimes" by province and tenths of a
/// day taken to decide.
/// The days are computed as the statistics compute them for the complaints they count afresh.
/// </summary>
internal static class ReceivedComplaintTotalsTriggers
{
    private static readonly string[] Watched = ["ReceivedAt", "Account_Category", "Complainant_ProvinceCode", "Outcome", "DecidedAt", "AgencyId"];

    /// <summary>Counts what is already there, then installs the triggers.</summary>
    public static IEnumerable<string> Statements(bool postgres) =>
        ComplaintTotalsTriggers.Install(postgres, "received", Watched, (complaints, sign) => Add(postgres, complaints, sign)).Prepend(Add(postgres, "\"Complaints\"", 1));

    private static string Add(bool postgres, string complaints, int sign)
    {
        var month = postgres ? "to_char(c.\"ReceivedAt\" AT TIME ZONE 'UTC', 'YYYY-MM')" : "strftime('%Y-%m', c.\"ReceivedAt\")";
        var seconds = postgres
            ? "date_part('epoch', c.\"DecidedAt\") - date_part('epoch', c.\"ReceivedAt\")"
            : "unixepoch(c.\"DecidedAt\", 'subsec') - unixepoch(c.\"ReceivedAt\", 'subsec')";
        return $"""
            INSERT INTO "ReceivedComplaintCounts" ("Month", "Category", "ProvinceCode", "Outcome", "Complaints", "Decided", "DaysToDecide")
            SELECT {month}, c."Account_Category", c."Complainant_ProvinceCode", COALESCE(c."Outcome", ''),
                {sign} * COUNT(*), {sign} * COUNT(c."DecidedAt"), {sign} * COALESCE(SUM(({seconds}) / 86400.0), 0.0)
            FROM {complaints} AS c GROUP BY 1, 2, 3, 4
            ON CONFLICT ("Month", "Category", "ProvinceCode", "Outcome") DO UPDATE SET
                "Complaints" = "ReceivedComplaintCounts"."Complaints" + excluded."Complaints",
                "Decided" = "ReceivedComplaintCounts"."Decided" + excluded."Decided",
                "DaysToDecide" = "ReceivedComplaintCounts"."DaysToDecide" + excluded."DaysToDecide";
            INSERT INTO "AgencyReceivedComplaintCounts" ("AgencyId", "Month", "ProvinceCode", "Complaints")
            SELECT c."AgencyId", {month}, c."Complainant_ProvinceCode", {sign} * COUNT(*)
            FROM {complaints} AS c WHERE c."AgencyId" IS NOT NULL GROUP BY 1, 2, 3
            ON CONFLICT ("AgencyId", "Month", "ProvinceCode") DO UPDATE SET "Complaints" = "AgencyReceivedComplaintCounts"."Complaints" + excluded."Complaints";
            INSERT INTO "ComplaintDecisionTimes" ("Month", "ProvinceCode", "TenthsOfDays", "Complaints")
            SELECT {month}, c."Complainant_ProvinceCode", CAST(round(({seconds}) / 8640.0) AS integer), {sign} * COUNT(*)
            FROM {complaints} AS c WHERE c."DecidedAt" IS NOT NULL GROUP BY 1, 2, 3
            ON CONFLICT ("Month", "ProvinceCode", "TenthsOfDays") DO UPDATE SET "Complaints" = "ComplaintDecisionTimes"."Complaints" + excluded."Complaints";
            """;
    }
}
