using CsvHelper;
using Licensing.Application.Common;
using Licensing.Domain.Common;

namespace Licensing.Application.Workers;

/// <summary>How an import file is read: comma-separated UTF-8, one record a line, a malformed line reported and skipped.</summary>
internal static class WorkerCsv
{
    /// <summary>
    /// A line break always ends a record, so one unbalanced quote spoils its own line and not the
    /// rest of the file; malformed lines are added to <paramref name="notImported"/>.
    /// </summary>
    public static CsvReaderOptions ReaderOptions(List<ImportWorkers.Row> notImported) => new()
    {
        Separator = ',',
        HasHeader = true,
        AllowLineBreaksInQuotes = false,
        TrimWhitespace = true,
        MalformedData = CsvMalformedDataHandling.Skip,
        FieldCountMismatch = CsvFieldCountHandling.Skip,
        TrackLineNumbers = true,
        OnMalformedRecord = record => notImported.Add(new ImportWorkers.Row((int)record.LineNumber, ImportWorkers.RowStatus.Rejected, null, Reason(record.Reason))),
    };

    /// <summary>Reads the header and finds each column in it, or refuses the file naming the columns it needs.</summary>
    public static async Task<int[]> ColumnsAsync(CsvReader csv, IReadOnlyList<string> columns, CancellationToken cancellationToken)
    {
        await csv.ReadHeaderAsync(cancellationToken);
        var indexes = new int[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            if (!csv.TryGetFieldIndex(columns[i], out indexes[i]))
            {
                var names = string.Join(",", columns);
                throw new DomainException(ErrorCodes.ImportHeaderInvalid, DomainErrorKind.Invalid, names);
            }
        }
        return indexes;
    }

    private static string Reason(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => Text.Pick(
            "The line does not have as many cells as the first row; a cell is missing or a comma is extra.",
            "បន្ទាត់នេះមិនមានចំនួនក្រឡាស្មើនឹងជួរទីមួយទេ៖ ខ្វះក្រឡាមួយ ឬមានសញ្ញាក្បៀសលើស។"),
        CsvMalformedReason.LineBreakInQuotes or CsvMalformedReason.UnterminatedQuote => Text.Pick(
            "A quotation mark opens a cell that is never closed on this line.",
            "សញ្ញាសម្រង់បើកក្រឡាមួយ ប៉ុន្តែមិនត្រូវបានបិទនៅលើបន្ទាត់នេះទេ។"),
        _ => Text.Pick(
            "A quotation mark is out of place: put the whole cell in quotation marks and double each one inside it.",
            "សញ្ញាសម្រង់ស្ថិតនៅខុសកន្លែង៖ សូមដាក់ក្រឡាទាំងមូលក្នុងសញ្ញាសម្រង់ ហើយសរសេរសញ្ញាសម្រង់នីមួយៗខាងក្នុងពីរដង។"),
    };
}
