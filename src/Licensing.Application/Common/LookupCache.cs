namespace Licensing.Application.Common;

/// <summary>
/// Answers a sweep looks up once per run, such as an agency's contacts: the run's memory grows with
/// the number of agencies or desks, not with the number of due items.
/// </summary>
public sealed class LookupCache<TKey, TValue>(Func<TKey, CancellationToken, Task<TValue>> lookUp) where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _known = [];

    public async Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        if (!_known.TryGetValue(key, out var value))
        {
            value = await lookUp(key, cancellationToken);
            _known[key] = value;
        }
        return value;
    }
}
