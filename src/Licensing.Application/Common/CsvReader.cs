using System.Text;

namespace Licensing.Application.Common;

/// <summary>Reads RFC 4180 CSV: comma-separated, fields optionally in double quotes (with "" for a quote and line breaks inside).</summary>
public static class CsvReader
{
    public static IReadOnlyList<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') EndField();
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                EndRow();
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) EndRow();
        return rows;

        void EndField()
        {
            row.Add(field.ToString().Trim());
            field.Clear();
        }

        void EndRow()
        {
            EndField();
            rows.Add([.. row]);
            row.Clear();
        }
    }
}
