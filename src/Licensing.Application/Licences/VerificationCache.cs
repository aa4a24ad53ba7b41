using Microsoft.Extensions.Caching.Memory;

namespace Licensing.Application.Licences;

/// <summary>
/// Public verification answers kept for a few seconds: the public endpoint is the most read of
/// the system and its answer changes rarely. Any saved change to a licence or an agency on this
/// instance starts a new generation, so this instance never shows an outdated answer; another
/// instance may, for at most <see cref="Freshness"/>.
/// </summary>
public sealed class VerificationCache(IMemoryCache cache)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(10);
    private long _generation;

    public Task<T> GetOrLoadAsync<T>(string number, Func<Task<T>> load) =>
        cache.GetOrCreateAsync((nameof(VerificationCache), Interlocked.Read(ref _generation), number), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Freshness;
            return load();
        })!;

    public void Invalidate() => Interlocked.Increment(ref _generation);
}
