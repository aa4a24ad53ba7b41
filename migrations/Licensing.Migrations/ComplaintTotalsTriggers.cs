namespace Licensing.Migrations;

/// <summary>
/// Installs the triggers that keep one set of running totals equal to the complaints, whatever writes them. As in
/// <see cref="RunningTotalsTriggers"/>: PostgreSQL counts each statement's rows at once from its transition tables;
/// SQLite's row triggers run BEFORE the change (EF Core's RETURNING clause is not allowed on SQLite tables with AFTER triggers).
/// </summary>
internal static class ComplaintTotalsTriggers
{
    /// <param name="postgres">Which database the SQL is for.</param>
    /// <param name="totals">Names the function (count_{totals}_complaints) and the triggers (complaints_count_{totals}_…).</param>
    /// <param name="watched">The columns the totals depend on: an update that changes none of them leaves the totals alone.</param>
    /// <param name="add">The SQL that adds (sign 1) or takes away (sign -1) the given complaints, a table or a subquery.</param>
    public static IEnumerable<string> Install(bool postgres, string totals, string[] watched, Func<string, int, string> add) =>
        postgres ? PostgresTriggers(totals, watched, add) : SqliteTriggers(totals, watched, add);

    /// <remarks>
    /// An update is counted by a row trigger that fires only when a watched column is in the UPDATE and its value
    /// changed (PostgreSQL checks the WHEN clause without calling the function): a statement trigger with transition
    /// tables, which cannot name columns, ran on every update of a complaint and halved single-row updates per trigger.
    /// The statements replace what an earlier migration installed under the same names.
    /// </remarks>
    private static IEnumerable<string> PostgresTriggers(string totals, string[] watched, Func<string, int, string> add)
    {
        var function = $"count_{totals}_complaints";
        yield return $"""
            CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    {add("new_rows", 1)}
                ELSE
                    {add("old_rows", -1)}
                END IF;
                RETURN NULL;
            END $$;
            """;
        yield return $"""
            CREATE OR REPLACE FUNCTION {function}_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                {add(Row(watched, "OLD"), -1)}
                {add(Row(watched, "NEW"), 1)}
                RETURN NULL;
            END $$;
            """;
        var changed = string.Join(" OR ", watched.Select(c => $"OLD.\"{c}\" IS DISTINCT FROM NEW.\"{c}\""));
        foreach (var kind in new[] { "inserted", "updated", "deleted" }) yield return $"DROP TRIGGER IF EXISTS complaints_count_{totals}_{kind} ON \"Complaints\";";
        yield return $"CREATE TRIGGER complaints_count_{totals}_inserted AFTER INSERT ON \"Complaints\" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}();";
        yield return $"CREATE TRIGGER complaints_count_{totals}_updated AFTER {UpdateOf(watched)} ON \"Complaints\" FOR EACH ROW WHEN ({changed}) EXECUTE FUNCTION {function}_changed();";
        yield return $"CREATE TRIGGER complaints_count_{totals}_deleted AFTER DELETE ON \"Complaints\" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}();";
    }

    private static IEnumerable<string> SqliteTriggers(string totals, string[] watched, Func<string, int, string> add)
    {
        yield return Trigger($"complaints_count_{totals}_inserted", "INSERT", add(Row(watched, "NEW"), 1));
        yield return Trigger($"complaints_count_{totals}_updated", UpdateOf(watched), add(Row(watched, "OLD"), -1) + "\n" + add(Row(watched, "NEW"), 1));
        yield return Trigger($"complaints_count_{totals}_deleted", "DELETE", add(Row(watched, "OLD"), -1));
    }

    /// <summary>The watched columns of a row trigger's OLD or NEW row, as a one-row table.</summary>
    private static string Row(string[] watched, string row) => $"(SELECT {string.Join(", ", watched.Select(c => $"{row}.\"{c}\" AS \"{c}\""))})";

    private static string UpdateOf(string[] watched) => $"UPDATE OF {string.Join(", ", watched.Select(c => $"\"{c}\""))}";

    private static string Trigger(string name, string when, string body) => $"CREATE TRIGGER {name} BEFORE {when} ON \"Complaints\" BEGIN\n{body}\nEND;";
}
