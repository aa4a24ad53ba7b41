using CsvHelper;
using Licensing.Application.Common;
using Licensing.Application.Texts;
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

    /// <summary>
    /// Reads the header and finds each column in it by its English or Khmer name, or refuses the file naming the columns
    /// it needs in the reader's language.
    /// </summary>
    public static async Task<int[]> ColumnsAsync(CsvReader csv, IReadOnlyList<string> columns, CancellationToken cancellationToken)
    {
        await csv.ReadHeaderAsync(cancellationToken);
        var indexes = new int[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            if (!csv.TryGetFieldIndex(Catalogue.In(Languages.English, columns[i]), out indexes[i]) && !csv.TryGetFieldIndex(Catalogue.In(Languages.Khmer, columns[i]), out indexes[i]))
            {
                var names = string.Join(",", columns.Select(column => Catalogue.Say(column)));
                throw new DomainException(ErrorCodes.ImportHeaderInvalid, DomainErrorKind.Invalid, names);
            }
        }
        return indexes;
    }

    private static string Reason(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => Catalogue.Say(Keys.TheLineDoesNotHaveAs),
        CsvMalformedReason.LineBreakInQuotes or CsvMalformedReason.UnterminatedQuote => Catalogue.Say(Keys.AQuotationMarkOpensACell),
        _ => Catalogue.Say(Keys.AQuotationMarkIsOutOf),
    };
}
