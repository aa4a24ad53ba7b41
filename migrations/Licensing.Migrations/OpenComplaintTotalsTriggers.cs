namespace Licensing.Migrations;

/// <summary>
/// The SQL that keeps the open complaints' running totals ("OpenComplaintCounts" by province and officer,
/// "AgencyOpenComplaintCounts" by agency, each by the month their next deadline falls in) equal to the complaints,
/// whatever writes them. As in <see cref="RunningTotalsTriggers"/>: PostgreSQL counts each statement's rows at once
/// from its transition tables; SQLite's row triggers run BEFORE the change (EF Core's RETURNING clause is not
/// allowed on SQLite tables with AFTER triggers).
/// </summary>
internal static class OpenComplaintTotalsTriggers
{
    private const string Open = "('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation')";
    private const string Due = "CASE WHEN c.\"Status\" = 'Received' THEN c.\"AcknowledgeBy\" ELSE c.\"ResolveBy\" END";
    private static readonly string[] Watched = ["Status", "AcknowledgeBy", "ResolveBy", "Complainant_ProvinceCode", "AssignedOfficerName", "AgencyId"];

    /// <summary>Counts what is already there, then installs the triggers.</summary>
    public static IEnumerable<string> Statements(bool postgres)
    {
        yield return Add(postgres, "\"Complaints\"", 1);
        foreach (var statement in postgres ? PostgresTriggers() : SqliteTriggers()) yield return statement;
    }

    private static IEnumerable<string> PostgresTriggers()
    {
        var changed = string.Join(" OR ", Watched.Select(c => $"o.\"{c}\" IS DISTINCT FROM n.\"{c}\""));
        yield return $"""
            CREATE FUNCTION count_open_complaints() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    {Add(true, "new_rows", 1)}
                ELSIF TG_OP = 'DELETE' THEN
                    {Add(true, "old_rows", -1)}
                ELSE
                    {Add(true, $"(SELECT o.* FROM old_rows o JOIN new_rows n ON n.\"Id\" = o.\"Id\" WHERE {changed})", -1)}
                    {Add(true, $"(SELECT n.* FROM old_rows o JOIN new_rows n ON n.\"Id\" = o.\"Id\" WHERE {changed})", 1)}
                END IF;
                RETURN NULL;
            END $$;
            """;
        yield return "CREATE TRIGGER complaints_count_open_inserted AFTER INSERT ON \"Complaints\" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_open_complaints();";
        yield return "CREATE TRIGGER complaints_count_open_updated AFTER UPDATE ON \"Complaints\" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_open_complaints();";
        yield return "CREATE TRIGGER complaints_count_open_deleted AFTER DELETE ON \"Complaints\" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_open_complaints();";
    }

    private static IEnumerable<string> SqliteTriggers()
    {
        static string Row(string row) => $"(SELECT {string.Join(", ", Watched.Select(c => $"{row}.\"{c}\" AS \"{c}\""))})";
        var watched = $"UPDATE OF {string.Join(", ", Watched.Select(c => $"\"{c}\""))}";
        yield return Trigger("complaints_count_open_inserted", "INSERT", Add(false, Row("NEW"), 1));
        yield return Trigger("complaints_count_open_updated", watched, Add(false, Row("OLD"), -1) + "\n" + Add(false, Row("NEW"), 1));
        yield return Trigger("complaints_count_open_deleted", "DELETE", Add(false, Row("OLD"), -1));
    }

    private static string Trigger(string name, string when, string body) => $"CREATE TRIGGER {name} BEFORE {when} ON \"Complaints\" BEGIN\n{body}\nEND;";

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
