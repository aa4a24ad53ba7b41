namespace Licensing.Bench;

public static class Percentiles
{
    /// <summary>Nearest-rank percentile of the values, in the values' unit.</summary>
    public static double Of(IReadOnlyList<double> values, double percent)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
