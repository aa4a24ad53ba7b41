namespace Licensing.Migrations;

/// <summary>
/// The SQL that keeps the open complaints' running totals ("OpenComplaintCounts" by province and officer,
/// "AgencyOpenComplaintCounts" by agency, each by the month their next deadline falls in) equal to the complaints,
/// installed by <see cref="ComplaintTotalsTriggers"/>.
/// </summary>
internal static class OpenComplaintTotalsTriggers
{
    private const string Open = "('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation')";
    private const string Due = "CASE WHEN c.\"Status\" = 'Received' THEN c.\"AcknowledgeBy\" ELSE c.\"ResolveBy\" END";
    private static readonly string[] Watched = ["Status", "AcknowledgeBy", "ResolveBy", "Complainant_ProvinceCode", "AssignedOfficerName", "AgencyId"];

    /// <summary>Counts what is already there, then installs the triggers.</summary>
    public static IEnumerable<string> Statements(bool postgres) => Triggers(postgres).Prepend(Add(postgres, "\"Complaints\"", 1));

    /// <summary>Installs the triggers, or replaces those installed before under the same names.</summary>
    public static IEnumerable<string> Triggers(bool postgres) =>
        ComplaintTotalsTriggers.Install(postgres, "open", Watched, (complaints, sign) => Add(postgres, complaints, sign));

    /// <summary>Adds (or with -1 takes away) the given complaints that are open, by province and officer, and by agency.</summary>
    private static string Add(bool postgres, string complaints, int sign)
    {
        var month = postgres ? $"to_char(({Due}) AT TIME ZONE 'UTC', 'YYYY-MM')" : $"strftime('%Y-%m', {Due})";
        var noAgency = postgres ? "'00000000-0000-0000-0000-000000000000'::uuid" : "'00000000-0000-0000-0000-000000000000'";
        return $"""
            INSERT INTO "OpenComplaintCounts" ("ProvinceCode", "OfficerName", "DueMonth", "Complaints")
            SELECT c."Complainant_ProvinceCode", COALESCE(c."AssignedOfficerName", ''), {month}, {sign} * COUNT(*)
            FROM {complaints} AS c WHERE c."Status" IN {Open} GROUP BY 1, 2, 3
            ON CONFLICT ("ProvinceCode", "OfficerName", "DueMonth") DO UPDATE SET "Complaints" = "OpenComplaintCounts"."Complaints" + excluded."Complaints";
            INSERT INTO "AgencyOpenComplaintCounts" ("AgencyId", "DueMonth", "Complaints")
            SELECT COALESCE(c."AgencyId", {noAgency}), {month}, {sign} * COUNT(*)
            FROM {complaints} AS c WHERE c."Status" IN {Open} GROUP BY 1, 2
            ON CONFLICT ("AgencyId", "DueMonth") DO UPDATE SET "Complaints" = "AgencyOpenComplaintCounts"."Complaints" + excluded."Complaints";
            """;
    }
}
