using Quartz;

namespace Licensing.Migrations;

/// <summary>Reads the schema script embedded in the Quartz assembly and splits it at its separator lines.</summary>
internal static class QuartzDdl
{
    private const string Separator = "--;;";

    public static IEnumerable<string> Statements(string dialect, string tablePrefix)
    {
        var name = $"Quartz.Impl.AdoJobStore.Schema.create_{dialect}.sql";
        using var stream = typeof(IJob).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Quartz no longer ships {name}; see its release notes for the schema script.");
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
