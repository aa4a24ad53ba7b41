namespace Licensing.Application.Workers;

/// <summary>
/// The status and receiving country of each worker's latest deployment, kept on the worker's row by
/// the database from the worker's deployments (ADR-016), so that a register of millions of workers
/// is filtered and ordered by index. Shadow properties: the application reads them, never writes them.
/// </summary>
public static class LatestDeployment
{
    public const string Status = "LatestStatus";
    public const string CountryCode = "LatestCountryCode";
}
