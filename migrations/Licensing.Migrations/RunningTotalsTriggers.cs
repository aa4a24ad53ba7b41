namespace Licensing.Migrations;

/// <summary>
/// The SQL that keeps the running totals ("WorkerMovementCounts", "AgencyDeploymentCounts") equal to the
/// deployments and repatriation cases, whatever writes them: the application, an import, a bulk load by
/// hand. PostgreSQL counts each statement's rows at once from its transition tables, so a bulk insert
/// costs one grouped query. SQLite has only row triggers; they run BEFORE the change, reading OLD and NEW,
/// because EF Core's RETURNING clause is not allowed on SQLite tables with AFTER triggers. A deployment's
/// country, sector and worker, and a case's opening time and deployment, never change: only departure and
/// return are watched.
/// </summary>
internal static class RunningTotalsTriggers
{
    private const string Keys = "\"Month\", \"CountryCode\", \"SectorCode\", \"Sex\", \"ProvinceCode\"";

    /// <summary>Counts what is already there, then installs the triggers.</summary>
    public static IEnumerable<string> Statements(bool postgres)
    {
        var sql = new Dialect(postgres);
        yield return AddDeployments(sql, "\"Deployments\"", 1);
        yield return AddMovements(sql.Repatriations("\"RepatriationCases\""), 1);
        foreach (var statement in postgres ? PostgresTriggers(sql) : SqliteTriggers(sql)) yield return statement;
    }

    private static IEnumerable<string> PostgresTriggers(Dialect sql)
    {
        const string changed = "o.\"Departure_DepartedOn\" IS DISTINCT FROM n.\"Departure_DepartedOn\" OR o.\"Return_ReturnedOn\" IS DISTINCT FROM n.\"Return_ReturnedOn\"";
        yield return $"""
            CREATE FUNCTION count_deployment_movements() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    {AddDeployments(sql, "new_rows", 1)}
                ELSIF TG_OP = 'DELETE' THEN
                    {AddDeployments(sql, "old_rows", -1)}
                ELSE
                    {AddDeployments(sql, $"(SELECT o.* FROM old_rows o JOIN new_rows n ON n.\"Id\" = o.\"Id\" WHERE {changed})", -1)}
                    {AddDeployments(sql, $"(SELECT n.* FROM old_rows o JOIN new_rows n ON n.\"Id\" = o.\"Id\" WHERE {changed})", 1)}
                END IF;
                RETURN NULL;
            END $$;
            """;
        yield return $"""
            CREATE FUNCTION count_repatriation_movements() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    {AddMovements(sql.Repatriations("new_rows"), 1)}
                ELSE
                    {AddMovements(sql.Repatriations("old_rows"), -1)}
                END IF;
                RETURN NULL;
            END $$;
            """;
        foreach (var (table, function) in new[] { ("Deployments", "count_deployment_movements"), ("RepatriationCases", "count_repatriation_movements") })
        {
            var prefix = $"{table.ToLowerInvariant()}_count_movements";
            yield return $"CREATE TRIGGER {prefix}_inserted AFTER INSERT ON \"{table}\" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}();";
            yield return $"CREATE TRIGGER {prefix}_deleted AFTER DELETE ON \"{table}\" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}();";
        }
        yield return "CREATE TRIGGER deployments_count_movements_updated AFTER UPDATE ON \"Deployments\" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_deployment_movements();";
    }

    private static IEnumerable<string> SqliteTriggers(Dialect sql)
    {
        static string Journey(string row) =>
            $"(SELECT {row}.\"WorkerId\" AS \"WorkerId\", {row}.\"AgencyId\" AS \"AgencyId\", {row}.\"CountryCode\" AS \"CountryCode\", {row}.\"SectorCode\" AS \"SectorCode\", " +
            $"{row}.\"Departure_DepartedOn\" AS \"Departure_DepartedOn\", {row}.\"Return_ReturnedOn\" AS \"Return_ReturnedOn\")";
        static string Repatriation(string row) => $"(SELECT {row}.\"DeploymentId\" AS \"DeploymentId\", {row}.\"OpenedAt\" AS \"OpenedAt\")";
        const string watched = "UPDATE OF \"Departure_DepartedOn\", \"Return_ReturnedOn\"";

        yield return Trigger("deployments_count_inserted", "INSERT", "Deployments", AddDeployments(sql, Journey("NEW"), 1));
        yield return Trigger("deployments_count_updated", watched, "Deployments", AddDeployments(sql, Journey("OLD"), -1) + "\n" + AddDeployments(sql, Journey("NEW"), 1));
        yield return Trigger("deployments_count_deleted", "DELETE", "Deployments", AddDeployments(sql, Journey("OLD"), -1));
        yield return Trigger("repatriationcases_count_inserted", "INSERT", "RepatriationCases", AddMovements(sql.Repatriations(Repatriation("NEW")), 1));
        yield return Trigger("repatriationcases_count_deleted", "DELETE", "RepatriationCases", AddMovements(sql.Repatriations(Repatriation("OLD")), -1));
    }

    private static string Trigger(string name, string when, string table, string body) =>
        $"CREATE TRIGGER {name} BEFORE {when} ON \"{table}\" BEGIN\n{body}\nEND;";

    /// <summary>Adds (or with -1 takes away) the given deployments' departures and returns, and each agency's departures.</summary>
    private static string AddDeployments(Dialect sql, string deployments, int sign) => AddMovements(sql.Journeys(deployments), sign) + "\n" + $"""
        INSERT INTO "AgencyDeploymentCounts" ("AgencyId", "Deployed")
        SELECT d."AgencyId", {sign} * COUNT(*) FROM {deployments} AS d WHERE d."Departure_DepartedOn" IS NOT NULL GROUP BY d."AgencyId"
        ON CONFLICT ("AgencyId") DO UPDATE SET "Deployed" = "AgencyDeploymentCounts"."Deployed" + excluded."Deployed";
        """;

    /// <summary>Adds (or with -1 takes away) the contributions to the monthly totals in one upsert.</summary>
    private static string AddMovements(string contributions, int sign) => $"""
        INSERT INTO "WorkerMovementCounts" ({Keys}, "Deployments", "Returns", "Repatriations")
        SELECT {Keys}, {sign} * SUM("Deployments"), {sign} * SUM("Returns"), {sign} * SUM("Repatriations")
        FROM ({contributions}) AS c
        GROUP BY {Keys}
        ON CONFLICT ({Keys}) DO UPDATE SET
            "Deployments" = "WorkerMovementCounts"."Deployments" + excluded."Deployments",
            "Returns" = "WorkerMovementCounts"."Returns" + excluded."Returns",
            "Repatriations" = "WorkerMovementCounts"."Repatriations" + excluded."Repatriations";
        """;

    private sealed class Dialect(bool postgres)
    {
        private string MonthOfDay(string column) => postgres ? $"to_char({column}, 'YYYY-MM')" : $"strftime('%Y-%m', {column})";

        private string MonthOfInstant(string column) => postgres ? $"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM')" : $"strftime('%Y-%m', {column})";

        /// <summary>One row per departure and per return of the given deployments, with the worker's sex and home province.</summary>
        public string Journeys(string deployments) => $"""
            SELECT {MonthOfDay("d.\"Departure_DepartedOn\"")} AS "Month", d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode" AS "ProvinceCode",
                1 AS "Deployments", 0 AS "Returns", 0 AS "Repatriations"
            FROM {deployments} AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
            WHERE d."Departure_DepartedOn" IS NOT NULL
            UNION ALL
            SELECT {MonthOfDay("d.\"Return_ReturnedOn\"")}, d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode", 0, 1, 0
            FROM {deployments} AS d JOIN "Workers" AS w ON w."Id" = d."WorkerId"
            WHERE d."Return_ReturnedOn" IS NOT NULL
            """;

        /// <summary>One row per repatriation case, counted in the month (UTC) it was opened.</summary>
        public string Repatriations(string cases) => $"""
            SELECT {MonthOfInstant("r.\"OpenedAt\"")} AS "Month", d."CountryCode", d."SectorCode", w."Sex", w."Home_ProvinceCode" AS "ProvinceCode",
                0 AS "Deployments", 0 AS "Returns", 1 AS "Repatriations"
            FROM {cases} AS r JOIN "Deployments" AS d ON d."Id" = r."DeploymentId" JOIN "Workers" AS w ON w."Id" = d."WorkerId"
            """;
    }
}
