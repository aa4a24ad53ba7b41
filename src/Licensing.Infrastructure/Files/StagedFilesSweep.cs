using Licensing.Domain.Applications;
using Licensing.Domain.Complaints;
using Licensing.Domain.Inspections;
using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Licensing.Infrastructure.Files;

/// <summary>
/// The daily job that empties the staging folder of what a crash left there (ADR-025). A staged file older than
/// <see cref="SafeAge"/> belongs to a unit of work that ended long ago: if a record names it (the process stopped after
/// the commit, before the move) it is moved into place; otherwise its commit never happened and it is deleted.
/// </summary>
public sealed class StagedFilesSweep(LicensingDbContext db, IOptions<FileStoreOptions> options, TimeProvider clock)
{
    /// <summary>
    /// A file is staged and committed within one request or job run (minutes at most); a day leaves a wide margin for a
    /// slow upload, a long transaction or a clock that moved, and no setting is needed to keep it safe.
    /// </summary>
    public static readonly TimeSpan SafeAge = TimeSpan.FromDays(1);

    private const int KeysPerQuery = 500;

    /// <summary>Returns how many staged files it moved into place or deleted.</summary>
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(options.Value.Root!);
        var staging = Path.Combine(root, LocalFileStore.StagingFolder);
        if (!Directory.Exists(staging)) return 0;
        var cutoff = (clock.GetUtcNow() - SafeAge).UtcDateTime;
        var stale = Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories)
            .Where(path => File.GetLastWriteTimeUtc(path) < cutoff)
            .Select(path => Path.GetRelativePath(staging, path).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();
        foreach (var keys in stale.Chunk(KeysPerQuery))
        {
            var named = await NamedAsync(keys, cancellationToken);
            foreach (var key in keys)
            {
                if (named.Contains(key)) LocalFileStore.MoveIntoPlace(root, key);
                else File.Delete(Path.Combine(staging, key));
            }
        }
        return stale.Count;
    }

    /// <summary>The storage keys among those given that a committed record names, wherever uploads are recorded.</summary>
    private async Task<HashSet<string>> NamedAsync(string[] keys, CancellationToken cancellationToken)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        named.UnionWith(await db.Set<ApplicationDocument>().Where(d => keys.Contains(d.File.StorageKey)).Select(d => d.File.StorageKey).ToListAsync(cancellationToken));
        named.UnionWith(await db.Set<ComplaintEvidence>().Where(e => keys.Contains(e.File.StorageKey)).Select(e => e.File.StorageKey).ToListAsync(cancellationToken));
        named.UnionWith(await db.Set<InspectionPhoto>().Where(p => keys.Contains(p.File.StorageKey)).Select(p => p.File.StorageKey).ToListAsync(cancellationToken));
        named.UnionWith(await db.Set<Finding>().Where(f => f.Evidence != null && keys.Contains(f.Evidence.StorageKey)).Select(f => f.Evidence!.StorageKey).ToListAsync(cancellationToken));
        named.UnionWith(await db.Deployments.Where(d => d.SignedContract != null && keys.Contains(d.SignedContract.StorageKey)).Select(d => d.SignedContract!.StorageKey).ToListAsync(cancellationToken));
        return named;
    }
}
