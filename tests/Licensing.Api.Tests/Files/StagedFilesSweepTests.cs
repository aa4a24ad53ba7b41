using Licensing.Api.Tests.Support;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Complaints;
using Licensing.Domain.Common;
using Licensing.Domain.Complaints;
using Licensing.Domain.Documents;
using Licensing.Infrastructure.Files;
using Licensing.Infrastructure.Persistence;
using Licensing.Infrastructure.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Licensing.Api.Tests.Files;

/// <summary>
/// ADR-025: the staged-files job leaves a fresh staged upload and a promoted one alone, deletes a staged upload that no
/// record names once it is older than the safe age, and moves into place one whose record committed before a crash.
/// </summary>
public abstract class StagedFilesSweepTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5, 6, 7, 8];

    [Fact]
    public async Task AnOldStagedOrphan_IsDeleted_AStrandedUploadIsMovedIntoPlace_AndFreshOrPromotedFilesStay()
    {
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var root = Path.GetFullPath(app.Services.GetRequiredService<IOptions<FileStoreOptions>>().Value.Root!);
        var staging = Path.Combine(root, LocalFileStore.StagingFolder);
        var longAgo = now - StagedFilesSweep.SafeAge - TimeSpan.FromHours(1);

        var orphan = Stage(staging, NewKey(), longAgo);
        var fresh = Stage(staging, NewKey(), now - TimeSpan.FromHours(1));
        var stranded = Stage(staging, NewKey(), longAgo);
        await RecordAsync(stranded);
        var promoted = await UploadAndCommitAsync();
        File.SetLastWriteTimeUtc(Path.Combine(root, promoted), longAgo);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await JobCatalog.Find("staged-files-sweep")!.Run(scope.ServiceProvider, Ct);
        }

        Assert.False(File.Exists(Path.Combine(staging, orphan)));
        Assert.False(File.Exists(Path.Combine(root, orphan)));
        Assert.True(File.Exists(Path.Combine(staging, fresh)));
        Assert.True(File.Exists(Path.Combine(root, stranded)));
        Assert.False(File.Exists(Path.Combine(staging, stranded)));
        Assert.True(File.Exists(Path.Combine(root, promoted)));
    }

    private static string NewKey() => $"2026/01/{Guid.CreateVersion7():N}.png";

    private static string Stage(string staging, string key, DateTime writtenAt)
    {
        var path = Path.Combine(staging, key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Png);
        File.SetLastWriteTimeUtc(path, writtenAt);
        return key;
    }

    /// <summary>A complaint naming the staged file committed without the file being moved: the process stopped between the two.</summary>
    private async Task RecordAsync(string key)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
        var complaint = NewComplaint();
        complaint.AddEvidence(new StoredDocument(key, "photo.png", "image/png", Png.Length, new string('0', 64)), Actor.Complainant(DateTimeOffset.UtcNow));
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(Ct);
    }

    private async Task<string> UploadAndCommitAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IFileStore>().SaveAsync(new MemoryStream(Png), "photo.png", 1_000_000, Ct);
        var complaint = NewComplaint();
        complaint.AddEvidence(stored, Actor.Complainant(DateTimeOffset.UtcNow));
        var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(Ct);
        return stored.StorageKey;
    }

    private static Complaint NewComplaint()
    {
        var now = DateTimeOffset.UtcNow;
        return new Complaint(ComplaintSecrets.NewTrackingCode(), PublicPin.Hash("135790"), null, "A broker (fictitious)",
            new Complainant(FilerRole.Worker, null, null, "Test worker", null, "worker@example.org", null, "KH-1", PreferredContact.Email), false,
            new ComplaintAccount(ComplaintCategory.JobDeception, "Took my money.", null, null, null), ComplaintDesk.Ministry, null,
            now.AddDays(7), now.AddDays(60), Actor.Complainant(now));
    }
}

public sealed class SqliteStagedFilesSweepTests(SqliteApp app) : StagedFilesSweepTests<SqliteApp>(app);

public sealed class PostgresStagedFilesSweepTests(PostgresApp app) : StagedFilesSweepTests<PostgresApp>(app);
