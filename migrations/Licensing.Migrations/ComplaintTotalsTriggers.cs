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

    private static IEnumerable<string> PostgresTriggers(string totals, string[] watched, Func<string, int, string> add)
    {
        var changed = string.Join(" OR ", watched.Select(c => $"o.\"{c}\" IS DISTINCT FROM n.\"{c}\""));
        var function = $"count_{totals}_complaints";
        yield return $"""
            CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    {add("new_rows", 1)}
                ELSIF TG_OP = 'DELETE' THEN
                    {add("old_rows", -1)}
                ELSE
                    {add($"(SELECT o.* FROM old_rows o JOIN new_rows n ON n.\"Id\" = o.\"Id\" WHERE {changed})", -1)}
                    {add($"(SELECT n.* FROM old_rows o JOIN new_rows n ON n.\"Id\" = o.\"Id\" WHERE {changed})", 1)}
                END IF;
                RETURN NULL;
            END $$;
            """;
        yield return $"CREATE TRIGGER complaints_count_{totals}_inserted AFTER INSERT ON \"Complaints\" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}();";
        yield return $"CREATE TRIGGER complaints_count_{totals}_updated AFTER UPDATE ON \"Complaints\" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}();";
        yield return $"CREATE TRIGGER complaints_count_{totals}_deleted AFTER DELETE ON \"Complaints\" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}();";
    }

    private static IEnumerable<string> SqliteTriggers(string totals, string[] watched, Func<string, int, string> add)
    {
        string Row(string row) => $"(SELECT {string.Join(", ", watched.Select(c => $"{row}.\"{c}\" AS \"{c}\""))})";
        var whenWatched = $"UPDATE OF {string.Join(", ", watched.Select(c => $"\"{c}\""))}";
        yield return Trigger($"complaints_count_{totals}_inserted", "INSERT", add(Row("NEW"), 1));
        yield return Trigger($"complaints_count_{totals}_updated", whenWatched, add(Row("OLD"), -1) + "\n" + add(Row("NEW"), 1));
        yield return Trigger($"complaints_count_{totals}_deleted", "DELETE", add(Row("OLD"), -1));
    }

    private static string Trigger(string name, string when, string body) => $"CREATE TRIGGER {name} BEFORE {when} ON \"Complaints\" BEGIN\n{body}\nEND;";
}
