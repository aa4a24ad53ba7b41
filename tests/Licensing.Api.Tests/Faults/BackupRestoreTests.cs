using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Licensing.Api.Tests.Faults;

/// <summary>
/// The documented backup (scripts/backup.sh) restored with scripts/restore.sh into an empty
/// database and folder: a second instance on the copy serves the same records and the same
/// uploaded files, byte for byte, with the same audit trail.
/// </summary>
public sealed class BackupRestoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ABackupRestoredIntoAnEmptyDatabase_ServesTheSameRecordsAndFiles()
    {
        await using var original = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var copy = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var backup = Path.Combine(original.Folder, "backup");

        TestAgency agency;
        Guid application, document;
        int auditLines;
        await using (var before = new PostgresAppOn(original))
        {
            await before.InitializeAsync();
            agency = await TestAgency.CreateAsync(before);
            using var staff = await before.ClientForAsync(agency.StaffEmail, Users.Password);
            application = await agency.CompleteDraftAsync(staff);
            var detail = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/licence-applications/{application}", Ct);
            document = detail.GetProperty("documents")[0].GetProperty("id").GetGuid();
            auditLines = await before.WithDbAsync(db => db.AuditEntries.CountAsync(Ct));
            await RunAsync("backup.sh", Uri(original), Path.Combine(original.Folder, "files"), backup);
        }

        await RunAsync("restore.sh", backup, Uri(copy), Path.Combine(copy.Folder, "files"));
        await using var after = new PostgresAppOn(copy);
        await after.InitializeAsync();
        using var restoredStaff = await after.ClientForAsync(agency.StaffEmail, Users.Password);
        var file = await restoredStaff.GetAsync($"/api/v1/licence-applications/{application}/documents/{document}", Ct);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(TestAgency.Pdf, await file.Content.ReadAsByteArrayAsync(Ct));
        Assert.True(await after.WithDbAsync(db => db.AuditEntries.CountAsync(Ct)) >= auditLines);
        var restored = await restoredStaff.GetFromJsonAsync<JsonElement>($"/api/v1/licence-applications/{application}", Ct);
        Assert.Equal(TestAgency.RequiredDocuments.Length, restored.GetProperty("documents").GetArrayLength());
    }

    private static string Uri(TestDatabase database)
    {
        var c = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        return $"postgresql://{c.Username}@{c.Host}:{c.Port}/{c.Database}";
    }

    private static async Task RunAsync(string script, params string[] arguments)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "scripts", script))) root = root.Parent ?? throw new InvalidOperationException($"scripts/{script} not found");
        var start = new ProcessStartInfo("bash", [Path.Combine(root.FullName, "scripts", script), .. arguments]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        Assert.True(process.ExitCode == 0, $"{script} failed: {error}");
    }
}
