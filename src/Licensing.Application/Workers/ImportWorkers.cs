using System.Globalization;
using CsvHelper;
using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Workers;

/// <summary>
/// An agency imports workers from a CSV file with a fixed header, in English or Khmer. The file is read as a stream and
/// saved in batches, so a large file takes no more memory than a small one. Every row is checked
/// like a registration; good rows are imported, the others are reported by line with their reason.
/// A person already on file (by national ID) is reported as already registered, so importing the
/// same file twice, or again after an interruption, creates no duplicates.
/// </summary>
public static class ImportWorkers
{
    public const int MaxBytes = 25 * 1024 * 1024;
    private const int BatchSize = 500;

    /// <summary>The columns' catalogue keys: a file may name them in English or in Khmer (docs/numbers-and-dates.md, "CSV files").</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        Keys.CsvNameKm, Keys.CsvNameLatin, Keys.CsvSex, Keys.CsvDateOfBirth, Keys.CsvNationalId, Keys.CsvPassportNumber, Keys.CsvProvinceCode,
        Keys.CsvDistrict, Keys.CsvCommune, Keys.CsvVillage, Keys.CsvPhone, Keys.CsvEmergencyContactName, Keys.CsvEmergencyContactPhone,
    ];

    /// <summary>The header row a file starts with, in <paramref name="language"/>.</summary>
    public static string Header(string language) => string.Join(",", Columns.Select(column => Catalogue.In(language, column)));

    /// <summary>How the columns that must be written a certain way are written, naming them in the request's language.</summary>
    public static string Hint() => Catalogue.Say(Keys.CsvImportHint,
        Catalogue.Say(Keys.CsvSex), Catalogue.Say(Keys.CsvDateOfBirth), Catalogue.Say(Keys.CsvProvinceCode), Catalogue.Say(Keys.CsvPassportNumber));

    public enum RowStatus { Imported, AlreadyRegistered, Rejected }

    /// <summary>A row of the file by its line number (the header is line 1).</summary>
    public sealed record Row(int Number, RowStatus Status, string? Name, string? Reason);

    /// <summary>The counts, and each row not imported with its reason; imported rows are only counted.</summary>
    public sealed record Report(int Imported, int AlreadyRegistered, int Rejected, IReadOnlyList<Row> Rows);

    private sealed record Candidate(int Number, Worker Worker, string Name);

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IValidator<RegisterWorker.Command> validator, TimeProvider clock)
    {
        public async Task<Report> HandleAsync(Stream content, CancellationToken cancellationToken)
        {
            var agencyId = user.AgencyId ?? throw new DomainException(ErrorCodes.NotAgencyStaff);
            if (content.CanSeek && content.Length - content.Position > MaxBytes)
            {
                throw new DomainException(ErrorCodes.ImportTooLarge, DomainErrorKind.Invalid);
            }
            var notImported = new List<Row>();
            await using var csv = CsvReader.Create(content, WorkerCsv.ReaderOptions(notImported), leaveOpen: true);
            var columns = await WorkerCsv.ColumnsAsync(csv, Columns, cancellationToken);
            var provinces = (await db.Provinces.Select(p => p.Code).ToListAsync(cancellationToken)).ToHashSet();
            var batch = new List<Candidate>(BatchSize);
            var imported = 0;
            while (await csv.ReadAsync(cancellationToken))
            {
                var cells = Columns.Select((column, i) => (column, value: csv.GetString(columns[i]))).ToDictionary(c => c.column, c => c.value);
                if (cells.Values.All(string.IsNullOrWhiteSpace)) continue;
                var number = (int)csv.LineNumber;
                var (worker, error) = await ParseAsync(cells, provinces, agencyId, cancellationToken);
                if (worker is null) notImported.Add(new Row(number, RowStatus.Rejected, cells[Keys.CsvNameLatin], error));
                else batch.Add(new Candidate(number, worker, cells[Keys.CsvNameLatin]));
                if (batch.Count == BatchSize) imported += await SaveAsync(batch, notImported, cancellationToken);
            }
            imported += await SaveAsync(batch, notImported, cancellationToken);
            var rows = notImported.OrderBy(r => r.Number).ToList();
            return new Report(imported, rows.Count(r => r.Status == RowStatus.AlreadyRegistered), rows.Count(r => r.Status == RowStatus.Rejected), rows);
        }

        /// <summary>Adds the batch's new people, reports the others, saves and forgets what it saved.</summary>
        private async Task<int> SaveAsync(List<Candidate> batch, List<Row> notImported, CancellationToken cancellationToken)
        {
            var ids = batch.Select(c => c.Worker.NationalId).ToList();
            var passports = batch.Where(c => c.Worker.PassportNumber is not null).Select(c => c.Worker.PassportNumber).ToList();
            var knownIds = (await db.Workers.Where(w => ids.Contains(w.NationalId)).Select(w => w.NationalId).ToListAsync(cancellationToken)).ToHashSet();
            var passportsTaken = (await db.Workers.Where(w => passports.Contains(w.PassportNumber)).Select(w => w.PassportNumber!).ToListAsync(cancellationToken)).ToHashSet();
            var rowOfNationalId = new Dictionary<string, int>();
            var imported = 0;
            foreach (var (number, worker, name) in batch)
            {
                if (Refusal(number, worker, name) is { } refused)
                {
                    notImported.Add(refused);
                    continue;
                }
                rowOfNationalId[worker.NationalId] = number;
                db.Workers.Add(worker);
                imported++;
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ForgetTracked();
            batch.Clear();
            return imported;

            Row? Refusal(int number, Worker worker, string name)
            {
                if (knownIds.Contains(worker.NationalId))
                    return new Row(number, RowStatus.AlreadyRegistered, name, Catalogue.Say(Keys.WorkerNationalIdTaken));
                if (rowOfNationalId.TryGetValue(worker.NationalId, out var first))
                    return new Row(number, RowStatus.AlreadyRegistered, name, Catalogue.Say(Keys.TheSamePersonAsRow, first));
                if (worker.PassportNumber is { } passport && !passportsTaken.Add(passport))
                    return new Row(number, RowStatus.Rejected, name, Catalogue.Say(Keys.ThisPassportNumberBelongsToAnother));
                return null;
            }
        }

        private async Task<(Worker?, string?)> ParseAsync(Dictionary<string, string> cells, HashSet<string> provinces, Guid agencyId, CancellationToken cancellationToken)
        {
            Sex? sex = cells[Keys.CsvSex].ToUpperInvariant() switch { "F" or "FEMALE" => Sex.Female, "M" or "MALE" => Sex.Male, _ => null };
            DateOnly? born = DateOnly.TryParseExact(cells[Keys.CsvDateOfBirth], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
            if (sex is null) return (null, Catalogue.Say(Keys.SexMustBeFOrM));
            if (born is null) return (null, Catalogue.Say(Keys.DateOfBirthMustBeWritten));
            var command = new RegisterWorker.Command(cells[Keys.CsvNameKm], cells[Keys.CsvNameLatin], sex, born, cells[Keys.CsvNationalId], cells[Keys.CsvPassportNumber],
                cells[Keys.CsvProvinceCode], cells[Keys.CsvDistrict], cells[Keys.CsvCommune], cells[Keys.CsvVillage], cells[Keys.CsvPhone], cells[Keys.CsvEmergencyContactName], cells[Keys.CsvEmergencyContactPhone]);
            var result = await validator.ValidateAsync(command, cancellationToken);
            if (!result.IsValid) return (null, string.Join(" ", result.Errors.Select(e => e.ErrorMessage)));
            if (!provinces.Contains(command.ProvinceCode)) return (null, Catalogue.Say(ErrorCodes.ProvinceUnknown));
            return (RegisterWorker.ToWorker(command, agencyId, clock.GetUtcNow()), null);
        }
    }
}
