using System.Diagnostics;
using System.Globalization;
using Licensing.Application.Complaints;
using Npgsql;

namespace Licensing.Bench.Generation;

/// <summary>
/// Fills a migrated and seeded database with fictitious data at a scale, table by table with
/// binary COPY in one transaction (a failure leaves nothing behind), then analyses the tables.
/// Needs a superuser connection (the foreign-key triggers are skipped during the load).
/// Returns one Markdown result row with the time taken.
/// </summary>
public static class Generator
{
    public const string KnownPin = "000000";

    public static async Task<string> RunAsync(string connectionString, Scale scale)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        if (await Sql.ScalarAsync(connection, "SELECT count(*) FROM \"Agencies\" WHERE \"RegistrationNumber\" LIKE 'GEN-%'") > 0)
            throw new InvalidOperationException("This database already holds generated data.");
        var reference = await ReferenceData.ReadAsync(connection);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var fake = new Fake(20261122);
        var total = Stopwatch.StartNew();
        var tables = new List<string>();

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            // The rows are consistent by construction: skip the per-row foreign-key checks, as a bulk
            // load does, but keep the application's own triggers (the statistics' running totals). The
            // workers' latest-deployment columns are written with the workers, so their trigger may rest.
            await Sql.ScalarAsync(connection, "SET LOCAL session_replication_role = replica");
            var triggers = await UserTriggersAsync(connection);
            foreach (var trigger in triggers) await Sql.ScalarAsync(connection, $"ALTER TABLE {trigger.Table} ENABLE ALWAYS TRIGGER {trigger.Name}");
            async Task CopyAsync(string table, string[] columns, IEnumerable<object?[]> rows)
            {
                var watch = Stopwatch.StartNew();
                var count = await BulkCopy.WriteAsync(connection, table, columns, rows);
                tables.Add(FormattableString.Invariant($"{table} {count:N0} in {watch.Elapsed.TotalSeconds:F1} s"));
                Console.Error.WriteLine(tables[^1]);
            }

            var agencyRows = new AgencyRows(fake, reference, today);
            var agencies = agencyRows.Plan(scale);
            await CopyAsync("Agencies", AgencyRows.AgencyColumns, agencyRows.Agencies(agencies));
            await CopyAsync("Licences", AgencyRows.LicenceColumns, agencyRows.Licences(agencies));
            await CopyAsync("Branches", AgencyRows.BranchColumns, AgencyRows.Branches(agencies));
            await CopyAsync("TrainingCentres", AgencyRows.TrainingCentreColumns, agencyRows.TrainingCentres(agencies));
            await CopyAsync("JobOrders", AgencyRows.JobOrderColumns, agencyRows.JobOrders(agencies));

            var workerRows = new WorkerRows(fake, reference, today);
            var workers = workerRows.Plan(scale, agencies);
            await CopyAsync("Workers", WorkerRows.WorkerColumns, workerRows.Workers(workers, agencies));
            await CopyAsync("Deployments", WorkerRows.DeploymentColumns, workerRows.Deployments(workers, agencies));
            await CopyAsync("RepatriationCases", WorkerRows.RepatriationColumns, workerRows.Repatriations(workers));

            var inspections = new InspectionRows(fake, reference, today);
            await CopyAsync("Inspections", InspectionRows.InspectionColumns, inspections.Inspections(scale, agencies));
            await CopyAsync("InspectionFindings", InspectionRows.FindingColumns, inspections.Findings());

            await CopyAsync("Complaints", ComplaintRows.Columns, new ComplaintRows(fake, reference, today, ComplaintSecrets.HashPin(KnownPin)).Complaints(scale, agencies));

            var disappearances = new DisappearanceRows(fake, today);
            await CopyAsync("DisappearanceCases", DisappearanceRows.CaseColumns, disappearances.Cases(scale, workers, agencies));
            await CopyAsync("DisappearanceRecipients", DisappearanceRows.RecipientColumns, disappearances.Recipients());
            await Sql.ScalarAsync(connection, """
                UPDATE "Deployments" d SET "Welfare" = 'Missing' FROM "DisappearanceCases" c
                WHERE c."DeploymentId" = d."Id" AND c."Status" = 'Open'
                """);
            foreach (var trigger in triggers) await Sql.ScalarAsync(connection, $"ALTER TABLE {trigger.Table} ENABLE TRIGGER {trigger.Name}");
            await transaction.CommitAsync();
        }
        var loaded = total.Elapsed;
        // As after any bulk load: otherwise autovacuum walks the new millions of rows during the scenarios.
        await Sql.ScalarAsync(connection, "VACUUM (ANALYZE)");
        return FormattableString.Invariant(
            $"| data generation (binary COPY, one transaction) | {scale.Name}: {scale} | loaded in {loaded.TotalSeconds:F0} s, then VACUUM (ANALYZE) {(total.Elapsed - loaded).TotalSeconds:F0} s; {string.Join("; ", tables)} | {scale.Workers / loaded.TotalSeconds:N0} workers (with deployment) per second overall |");
    }

    private static async Task<List<(string Table, string Name)>> UserTriggersAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            "SELECT tgrelid::regclass::text, quote_ident(tgname) FROM pg_trigger WHERE NOT tgisinternal AND tgname <> 'deployments_keep_latest'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var triggers = new List<(string, string)>();
        while (await reader.ReadAsync()) triggers.Add((reader.GetString(0), reader.GetString(1)));
        return triggers;
    }
}
