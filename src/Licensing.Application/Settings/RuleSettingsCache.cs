using System.Diagnostics;
using Licensing.Application.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Licensing.Application.Settings;

/// <summary>
/// The current <see cref="RuleSettings"/>, loaded with one query and kept for
/// <see cref="RuleSettingsOptions.FreshnessSeconds"/> (ADR-022). A saved change to a setting on this
/// instance drops it at once; another instance sees the change when its copy is that old.
/// </summary>
public sealed class RuleSettingsCache(IOptions<RuleSettingsOptions> options)
{
    private sealed record Loaded(RuleSettings Settings, long Generation, long At);

    private Loaded? _loaded;
    private long _generation;

    public async Task<RuleSettings> GetAsync(ILicensingDb db, CancellationToken cancellationToken)
    {
        var generation = Interlocked.Read(ref _generation);
        if (Volatile.Read(ref _loaded) is { } loaded && loaded.Generation == generation
            && Stopwatch.GetElapsedTime(loaded.At) < TimeSpan.FromSeconds(options.Value.FreshnessSeconds))
        {
            return loaded.Settings;
        }
        // Freshness is elapsed real time (Stopwatch), not business time: tests hold TimeProvider still.
        var at = Stopwatch.GetTimestamp();
        var stored = await db.Settings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken);
        var settings = RuleSettings.From(stored);
        Volatile.Write(ref _loaded, new Loaded(settings, generation, at));
        return settings;
    }

    /// <summary>A setting was saved on this instance: the next read loads again.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);
}
