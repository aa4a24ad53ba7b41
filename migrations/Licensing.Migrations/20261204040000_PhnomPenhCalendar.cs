using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Migrations;

/// <summary>
/// The Cambodian calendar (R35): the public holidays that working-day deadlines skip, and running totals kept by the
/// Phnom Penh month of an instant instead of its UTC month. The triggers that keep the complaint totals (received, open)
/// and the repatriations of the worker movement totals are replaced, and the totals recounted from their rows. The SQL
/// is written out here, as it stands for this migration: the trigger builders of the earlier migrations may change.
/// </summary>
[DbContext(typeof(LicensingDbContext))]
[Migration("20261204040000_PhnomPenhCalendar")]
public sealed class PhnomPenhCalendar : Migration
{
    private const string ReceivedWatched = "\"ReceivedAt\", \"Account_Category\", \"Complainant_ProvinceCode\", \"Outcome\", \"DecidedAt\", \"AgencyId\"";
    private const string OpenWatched = "\"Status\", \"AcknowledgeBy\", \"ResolveBy\", \"Complainant_ProvinceCode\", \"AssignedOfficerName\", \"AgencyId\"";
    private const string Open = "('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation')";
    private const string Due = "CASE WHEN c.\"Status\" = 'Received' THEN c.\"AcknowledgeBy\" ELSE c.\"ResolveBy\" END";
    private const string MovementKeys = "\"Month\", \"CountryCode\", \"SectorCode\", \"Sex\", \"ProvinceCode\"";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("PublicHolidays", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Date = t.Column<DateOnly>(nullable: false),
            Name_En = t.Column<string>(maxLength: 200, nullable: false),
            Name_Km = t.Column<string>(maxLength: 200, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_PublicHolidays", x => x.Id));
        migrationBuilder.CreateIndex("IX_PublicHolidays_Date", "PublicHolidays", "Date", unique: true);

        var postgres = migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true;
        foreach (var statement in postgres ? PostgresTriggers() : SqliteTriggers()) migrationBuilder.Sql(statement);
        foreach (var statement in Recount(postgres)) migrationBuilder.Sql(statement);
    }

    /// <summary>The month of an instant in Phnom Penh (UTC+7 all year): the same as CalendarMonth.Of in a query.</summary>
    private static string Month(bool postgres, string instant) =>
        postgres ? $"to_char(({instant}) AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM')" : $"strftime('%Y-%m', {instant}, '+7 hours')";

    /// <summary>
    /// PostgreSQL's triggers call the functions by name: replacing the functions is enough. The statement triggers
    /// read transition tables; the row triggers (fired only when a watched column changed) read OLD and NEW.
    /// </summary>
    private static IEnumerable<string> PostgresTriggers()
    {
        yield return $"""
            CREATE OR REPLACE FUNCTION count_received_complaints() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    {AddReceived(true, "new_rows", 1)}
                ELSE
                    {AddReceived(true, "old_rows", -1)}
                END IF;
                RETURN NULL;
            END $$;
            """;
        yield return $"""
            CREATE OR REPLACE FUNCTION count_received_complaints_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                {AddReceived(true, ReceivedRow("OLD"), -1)}
                {AddReceived(true, ReceivedRow("NEW"), 1)}
                RETURN NULL;
            END $$;
            """;
        yield return $"""
            CREATE OR REPLACE FUNCTION count_open_complaints() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    {AddOpen(true, "new_rows", 1)}
                ELSE
                    {AddOpen(true, "old_rows", -1)}
                END IF;
                RETURN NULL;
            END $$;
            """;
        yield return $"""
            CREATE OR REPLACE FUNCTION count_open_complaints_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                {AddOpen(true, OpenRow("OLD"), -1)}
                {AddOpen(true, OpenRow("NEW"), 1)}
                RETURN NULL;
            END $$;
            """;
        yield return $"""
            CREATE OR REPLACE FUNCTION count_repatriation_movements() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    {AddRepatriations(true, "new_rows", 1)}
                ELSE
                    {AddRepatriations(true, "old_rows", -1)}
                END IF;
                RETURN NULL;
            END $$;
            """;
    }

    /// <summary>SQLite's row triggers hold their SQL: each is dropped and made again. They run BEFORE the change (see ADR-015).</summary>
    private static IEnumerable<string> SqliteTriggers()
    {
        foreach (var name in new[] { "complaints_count_received", "complaints_count_open" })
        {
            foreach (var kind in new[] { "inserted", "updated", "deleted" }) yield return $"DROP TRIGGER IF EXISTS {name}_{kind};";
        }
        yield return "DROP TRIGGER IF EXISTS repatriationcases_count_inserted;";
        yield return "DROP TRIGGER IF EXISTS repatriationcases_count_deleted;";

        yield return Trigger("complaints_count_received_inserted", "INSERT", "Complaints", AddReceived(false, ReceivedRow("NEW"), 1));
        yield return Trigger("complaints_count_received_updated", $"UPDATE OF {ReceivedWatched}", "Complaints",
            AddReceived(false, ReceivedRow("OLD"), -1) + "\n" + AddReceived(false, ReceivedRow("NEW"), 1));
        yield return Trigger("complaints_count_received_deleted", "DELETE", "Complaints", AddReceived(false, ReceivedRow("OLD"), -1));
        yield return Trigger("complaints_count_open_inserted", "INSERT", "Complaints", AddOpen(false, OpenRow("NEW"), 1));
        yield return Trigger("complaints_count_open_updated", $"UPDATE OF {OpenWatched}", "Complaints",
            AddOpen(false, OpenRow("OLD"), -1) + "\n" + AddOpen(false, OpenRow("NEW"), 1));
        yield return Trigger("complaints_count_open_deleted", "DELETE", "Complaints", AddOpen(false, OpenRow("OLD"), -1));
        yield return Trigger("repatriationcases_count_inserted", "INSERT", "RepatriationCases",
            AddRepatriations(false, "(SELECT NEW.\"DeploymentId\" AS \"DeploymentId\", NEW.\"OpenedAt\" AS \"OpenedAt\")", 1));
        yield return Trigger("repatriationcases_count_deleted", "DELETE", "RepatriationCases",
            AddRepatriations(false, "(SELECT OLD.\"DeploymentId\" AS \"DeploymentId\", OLD.\"OpenedAt\" AS \"OpenedAt\")", -1));
    }

    private static string Trigger(string name, string when, string table, string body) => $"CREATE TRIGGER {name} BEFORE {when} ON \"{table}\" BEGIN\n{body}\nEND;";

    /// <summary>
    /// The complaint totals are counted again from the complaints. The repatriations, counted by their UTC month until
    /// now, are taken away by that month and added by their Phnom Penh month; the departures and returns, counted by
    /// date, stay as they are.
    /// </summary>
    private static IEnumerable<string> Recount(bool postgres)
    {
        foreach (var totals in new[] { "ReceivedComplaintCounts", "AgencyReceivedComplaintCounts", "ComplaintDecisionTimes", "OpenComplaintCounts", "AgencyOpenComplaintCounts" })
        {
            yield return $"DELETE FROM \"{totals}\";";
        }
        yield return AddReceived(postgres, "\"Complaints\"", 1);
        yield return AddOpen(postgres, "\"Complaints\"", 1);

        var utcMonth = postgres ? "to_char(r.\"OpenedAt\" AT TIME ZONE 'UTC', 'YYYY-MM')" : "strftime('%Y-%m', r.\"OpenedAt\")";
        yield return AddMovements(Repatriations(utcMonth, "\"RepatriationCases\""), -1);
        yield return AddRepatriations(postgres, "\"RepatriationCases\"", 1);
        yield return "DELETE FROM \"WorkerMovementCounts\" WHERE \"Deployments\" = 0 AND \"Returns\" = 0 AND \"Repatriations\" = 0;";
    }

    private static string ReceivedRow(string row) =>
        $"(SELECT {row}.\"ReceivedAt\" AS \"ReceivedAt\", {row}.\"Account_Category\" AS \"Account_Category\", {row}.\"Complainant_ProvinceCode\" AS \"Complainant_ProvinceCode\", " +
        $"{row}.\"Outcome\" AS \"Outcome\", {row}.\"DecidedAt\" AS \"DecidedAt\", {row}.\"AgencyId\" AS \"AgencyId\")";

    private static string OpenRow(string row) =>
        $"(SELECT {row}.\"Status\" AS \"Status\", {row}.\"AcknowledgeBy\" AS \"AcknowledgeBy\", {row}.\"ResolveBy\" AS \"ResolveBy\", " +
        $"{row}.\"Complainant_ProvinceCode\" AS \"Complainant_ProvinceCode\", {row}.\"AssignedOfficerName\" AS \"AssignedOfficerName\", {row}.\"AgencyId\" AS \"AgencyId\")";

    /// <summary>Adds (sign 1) or takes away (sign -1) the given complaints by the Phnom Penh month they were received.</summary>
    private static string AddReceived(bool postgres, string complaints, int sign)
    {
        var month = Month(postgres, "c.\"ReceivedAt\"");
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

    /// <summary>Adds (sign 1) or takes away (sign -1) the given complaints that are open, by the Phnom Penh month of their next deadline.</summary>
    private static string AddOpen(bool postgres, string complaints, int sign)
    {
        var month = Month(postgres, Due);
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

    /// <summary>Adds (sign 1) or takes away (sign -1) the given repatriation cases by the Phnom Penh month they were opened.</summary>
    private static string AddRepatriations(bool postgres, string cases, int sign) => AddMovements(Repatriations(Month(postgres, "r.\"OpenedAt\""), cases), sign);

    /// <summary>One row per repatriation case, with its deployment's country and sector and the worker's sex and home province.</summary>
    private static string Repatriations(string month, string cases) => $"""
        SELECT {month} AS "Month", d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode" AS "ProvinceCode",
            0 AS "Deployments", 0 AS "Returns", 1 AS "Repatriations"
        FROM {cases} AS r JOIN "Deployments" AS d ON d."Id" = r."DeploymentId" JOIN "Workers" AS w ON w."Id" = d."WorkerId"
        """;

    private static string AddMovements(string contributions, int sign) => $"""
        INSERT INTO "WorkerMovementCounts" ({MovementKeys}, "Deployments", "Returns", "Repatriations")
        SELECT {MovementKeys}, {sign} * SUM("Deployments"), {sign} * SUM("Returns"), {sign} * SUM("Repatriations")
        FROM ({contributions}) AS c
        GROUP BY {MovementKeys}
        ON CONFLICT ({MovementKeys}) DO UPDATE SET
            "Deployments" = "WorkerMovementCounts"."Deployments" + excluded."Deployments",
            "Returns" = "WorkerMovementCounts"."Returns" + excluded."Returns",
            "Repatriations" = "WorkerMovementCounts"."Repatriations" + excluded."Repatriations";
        """;
}
