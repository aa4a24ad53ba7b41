using System.Globalization;
using System.Text;
using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Common;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Workers;

/// <summary>
/// An agency imports workers from a CSV file with a fixed header. Every row is checked like a
/// registration; good rows are imported, the others are reported with their reason. A person
/// already on file (by national ID) is reported as already registered, so importing the same
/// file twice creates no duplicates.
/// </summary>
public static class ImportWorkers
{
    public const int MaxBytes = 1024 * 1024;

    public static readonly IReadOnlyList<string> Columns =
    [
        "name_km", "name_latin", "sex", "date_of_birth", "national_id", "passport_number", "province_code",
        "district", "commune", "village", "phone", "emergency_contact_name", "emergency_contact_phone",
    ];

    public enum RowStatus { Imported, AlreadyRegistered, Rejected }

    public sealed record Row(int Number, RowStatus Status, string? Name, string? Reason);

    public sealed record Report(int Imported, int AlreadyRegistered, int Rejected, IReadOnlyList<Row> Rows);

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IValidator<RegisterWorker.Command> validator, TimeProvider clock)
    {
        public async Task<Report> HandleAsync(Stream content, CancellationToken cancellationToken)
        {
            var agencyId = user.AgencyId ?? throw new DomainException("not_agency_staff", Text.Pick("Only an agency's staff can import workers.", "មានតែបុគ្គលិកភ្នាក់ងារទេដែលអាចនាំចូលពលករ។"));
            var lines = CsvReader.Parse(await ReadLimitedAsync(content, cancellationToken));
            var header = lines.Count > 0 ? lines[0].Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList() : [];
            if (Columns.FirstOrDefault(c => !header.Contains(c)) is not null)
            {
                throw new DomainException("import_header_invalid", Text.Pick("The first row must name the columns: ", "ជួរទីមួយត្រូវមានឈ្មោះជួរឈរ៖ ") + string.Join(",", Columns), DomainErrorKind.Invalid);
            }
            var provinces = (await db.Provinces.Select(p => p.Code).ToListAsync(cancellationToken)).ToHashSet();
            var parsed = new List<(int Number, Worker? Worker, string? Name, string? Error)>();
            for (var i = 1; i < lines.Count; i++)
            {
                if (lines[i].All(string.IsNullOrWhiteSpace)) continue;
                var cells = Columns.ToDictionary(c => c, c => header.IndexOf(c) < lines[i].Length ? lines[i][header.IndexOf(c)] : "");
                var (worker, error) = await ParseAsync(cells, provinces, agencyId, cancellationToken);
                parsed.Add((i + 1, worker, cells["name_latin"], error));
            }

            var candidates = parsed.Where(p => p.Worker is not null).Select(p => p.Worker!).ToList();
            var ids = candidates.Select(w => w.NationalId).ToList();
            var passports = candidates.Where(w => w.PassportNumber is not null).Select(w => w.PassportNumber).ToList();
            var knownIds = (await db.Workers.Where(w => ids.Contains(w.NationalId)).Select(w => w.NationalId).ToListAsync(cancellationToken)).ToHashSet();
            var passportsTaken = (await db.Workers.Where(w => passports.Contains(w.PassportNumber)).Select(w => w.PassportNumber!).ToListAsync(cancellationToken)).ToHashSet();

            var rowOfNationalId = new Dictionary<string, int>();
            var rows = parsed.Select(p => Classify(p.Number, p.Worker, p.Name, p.Error)).ToList();
            await db.SaveChangesAsync(cancellationToken);
            return new Report(rows.Count(r => r.Status == RowStatus.Imported), rows.Count(r => r.Status == RowStatus.AlreadyRegistered), rows.Count(r => r.Status == RowStatus.Rejected), rows);

            Row Classify(int number, Worker? worker, string? name, string? error)
            {
                if (worker is null) return new Row(number, RowStatus.Rejected, name, error);
                if (knownIds.Contains(worker.NationalId))
                    return new Row(number, RowStatus.AlreadyRegistered, name, Text.Pick("A worker with this national ID number is already registered.", "ពលករដែលមានលេខអត្តសញ្ញាណប័ណ្ណនេះបានចុះបញ្ជីរួចហើយ។"));
                if (rowOfNationalId.TryGetValue(worker.NationalId, out var first))
                    return new Row(number, RowStatus.AlreadyRegistered, name, string.Format(Text.Pick("The same person as row {0}.", "ជាមនុស្សតែមួយនឹងជួរទី {0}។"), first));
                if (worker.PassportNumber is { } passport && !passportsTaken.Add(passport))
                    return new Row(number, RowStatus.Rejected, name, Text.Pick("This passport number belongs to another worker.", "លេខលិខិតឆ្លងដែននេះជារបស់ពលករម្នាក់ទៀត។"));
                rowOfNationalId[worker.NationalId] = number;
                db.Workers.Add(worker);
                return new Row(number, RowStatus.Imported, name, null);
            }
        }

        private async Task<(Worker?, string?)> ParseAsync(Dictionary<string, string> cells, HashSet<string> provinces, Guid agencyId, CancellationToken cancellationToken)
        {
            Sex? sex = cells["sex"].ToUpperInvariant() switch { "F" or "FEMALE" => Sex.Female, "M" or "MALE" => Sex.Male, _ => null };
            DateOnly? born = DateOnly.TryParseExact(cells["date_of_birth"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
            if (sex is null) return (null, Text.Pick("Sex must be F or M.", "ភេទត្រូវតែជា F ឬ M។"));
            if (born is null) return (null, Text.Pick("Date of birth must be written as yyyy-mm-dd.", "ថ្ងៃខែឆ្នាំកំណើតត្រូវសរសេរជា yyyy-mm-dd។"));
            var command = new RegisterWorker.Command(cells["name_km"], cells["name_latin"], sex, born, cells["national_id"], cells["passport_number"],
                cells["province_code"], cells["district"], cells["commune"], cells["village"], cells["phone"], cells["emergency_contact_name"], cells["emergency_contact_phone"]);
            var result = await validator.ValidateAsync(command, cancellationToken);
            if (!result.IsValid) return (null, string.Join(" ", result.Errors.Select(e => e.ErrorMessage)));
            if (!provinces.Contains(command.ProvinceCode)) return (null, Text.Pick("There is no such province.", "មិនមានខេត្តនេះទេ។"));
            return (RegisterWorker.ToWorker(command, agencyId, clock.GetUtcNow()), null);
        }

        private static async Task<string> ReadLimitedAsync(Stream content, CancellationToken cancellationToken)
        {
            var buffer = new byte[MaxBytes + 1];
            var length = await content.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
            if (length > MaxBytes)
            {
                throw new DomainException("import_too_large", Text.Pick("The file is larger than 1 MB; split it into several files.", "ឯកសារធំជាង 1 MB៖ សូមបំបែកវាជាឯកសារច្រើន។"), DomainErrorKind.Invalid);
            }
            return Encoding.UTF8.GetString(buffer, 0, length);
        }
    }
}
