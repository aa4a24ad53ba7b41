namespace Licensing.Api.Hosting;

/// <summary>Configuration section <c>Bench</c>: set only by bench/run.sh.</summary>
public sealed class BenchmarkOptions
{
    public const string Section = "Bench";

    public bool CeilingEndpoint { get; set; }
}
