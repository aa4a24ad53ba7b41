namespace Licensing.Domain.Workers;

/// <summary>
/// How many of an agency's deployments have departed, ever: the "per 100 deployed" base of complaint
/// statistics. Kept by the database itself, like <see cref="WorkerMovementCount"/>; nothing in the application writes it.
/// </summary>
public sealed class AgencyDeploymentCount
{
    private AgencyDeploymentCount() { }

    public Guid AgencyId { get; private set; }
    public int Deployed { get; private set; }
}
