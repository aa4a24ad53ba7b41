namespace Licensing.Migrations;

/// <summary>
/// Quartz's job-store scripts, kept beside the migrations (Quartz/*.sql, embedded) since the Quartz
/// package left (ADR-020): only the migration QuartzSchema reads them. Splits them at their separator lines.
/// </summary>
internal static class QuartzDdl
{
    private const string Separator = "--;;";

    public static IEnumerable<string> Statements(string dialect, string tablePrefix)
    {
        var name = $"Licensing.Migrations.Quartz.create_{dialect}.sql";
        using var stream = typeof(QuartzDdl).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The migrations assembly does not embed {name}.");
        var lines = new StreamReader(stream).ReadToEnd().Replace("{0}", tablePrefix).Replace("{1}", tablePrefix).Split('\n');
        var statement = new List<string>();
        foreach (var line in lines.Append(Separator))
        {
            if (line.Trim() == Separator)
            {
                if (statement.Count > 0) yield return string.Join('\n', statement);
                statement.Clear();
            }
            else if (!line.TrimStart().StartsWith("--", StringComparison.Ordinal) && line.Trim().Length > 0)
            {
                statement.Add(line);
            }
        }
    }
}
