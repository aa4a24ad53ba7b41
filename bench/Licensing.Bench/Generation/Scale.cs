namespace Licensing.Bench.Generation;

/// <summary>How much fictitious data to generate. "Cambodia ×10" is about ten times today's national register.</summary>
public sealed record Scale(string Name, int Agencies, int BranchesAndCentres, int Workers, int Inspections, int Complaints, int Disappearances)
{
    public static readonly Scale CambodiaX10 = new("cambodia-x10", 1_000, 3_000, 2_000_000, 100_000, 200_000, 5_000);

    public static readonly Scale Region = new("region", 5_000, 15_000, 10_000_000, 500_000, 1_000_000, 25_000);

    /// <summary>A small scale for trying the generator out.</summary>
    public static readonly Scale Small = new("small", 50, 150, 20_000, 1_000, 2_000, 50);

    public static Scale Named(string name) => new[] { CambodiaX10, Region, Small }.SingleOrDefault(s => s.Name == name)
        ?? throw new ArgumentException($"Unknown scale '{name}': cambodia-x10, region or small.");

    public override string ToString() =>
        $"{Agencies:N0} agencies, {BranchesAndCentres:N0} branches and centres, {Workers:N0} workers with deployments, {Inspections:N0} inspections, {Complaints:N0} complaints, {Disappearances:N0} disappearance cases";
}
