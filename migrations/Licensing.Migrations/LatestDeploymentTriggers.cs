namespace Licensing.Migrations;

/// <summary>
/// The SQL that keeps "Workers"."LatestStatus" and "LatestCountryCode" equal to the worker's latest
/// deployment (by "CreatedAt"), whatever writes the deployments. PostgreSQL looks the latest up again
/// after each row's change. SQLite runs BEFORE the change (see <see cref="RunningTotalsTriggers"/> for
/// why), so the new row is not in the table yet: an inserted or updated deployment is copied unless a
/// later one exists, and a deleted one gives way to the latest of the others.
/// </summary>
internal static class LatestDeploymentTriggers
{
    public static IEnumerable<string> Statements(bool postgres) => postgres ? Postgres() : Sqlite();

    /// <summary>Sets both columns of every worker from the deployments already there.</summary>
    public static string Backfill =>
        $"UPDATE \"Workers\" SET \"LatestStatus\" = {Latest("Status", "\"Workers\".\"Id\"")}, \"LatestCountryCode\" = {Latest("CountryCode", "\"Workers\".\"Id\"")};";

    private static string Latest(string column, string worker, string except = "") =>
        $"(SELECT d.\"{column}\" FROM \"Deployments\" AS d WHERE d.\"WorkerId\" = {worker}{except} ORDER BY d.\"CreatedAt\" DESC LIMIT 1)";

    private static IEnumerable<string> Postgres()
    {
        yield return $"""
            CREATE FUNCTION keep_latest_deployment() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                worker uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD."WorkerId" ELSE NEW."WorkerId" END;
            BEGIN
                UPDATE "Workers" SET "LatestStatus" = {Latest("Status", "worker")}, "LatestCountryCode" = {Latest("CountryCode", "worker")}
                WHERE "Id" = worker;
                RETURN NULL;
            END $$;
            """;
        yield return """
            CREATE TRIGGER deployments_keep_latest AFTER INSERT OR DELETE OR UPDATE OF "Status", "CountryCode" ON "Deployments"
            FOR EACH ROW EXECUTE FUNCTION keep_latest_deployment();
            """;
    }

    private static IEnumerable<string> Sqlite()
    {
        const string copyUnlessLater = """
            UPDATE "Workers" SET "LatestStatus" = NEW."Status", "LatestCountryCode" = NEW."CountryCode"
            WHERE "Id" = NEW."WorkerId"
              AND NOT EXISTS (SELECT 1 FROM "Deployments" AS d WHERE d."WorkerId" = NEW."WorkerId" AND d."Id" <> NEW."Id" AND d."CreatedAt" > NEW."CreatedAt");
            """;
        const string otherThanOld = " AND d.\"Id\" <> OLD.\"Id\"";
        yield return $"CREATE TRIGGER deployments_latest_inserted BEFORE INSERT ON \"Deployments\" BEGIN\n{copyUnlessLater}\nEND;";
        yield return $"CREATE TRIGGER deployments_latest_updated BEFORE UPDATE OF \"Status\", \"CountryCode\" ON \"Deployments\" BEGIN\n{copyUnlessLater}\nEND;";
        yield return $"""
            CREATE TRIGGER deployments_latest_deleted BEFORE DELETE ON "Deployments" BEGIN
            UPDATE "Workers" SET "LatestStatus" = {Latest("Status", "OLD.\"WorkerId\"", otherThanOld)}, "LatestCountryCode" = {Latest("CountryCode", "OLD.\"WorkerId\"", otherThanOld)}
            WHERE "Id" = OLD."WorkerId";
            END;
            """;
    }
}
