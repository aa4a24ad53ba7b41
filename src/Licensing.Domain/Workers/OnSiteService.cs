using Licensing.Domain.Common;

namespace Licensing.Domain.Workers;

public enum ContactChannel
{
    Phone,
    Message,
    Visit,
    ThroughEmployer,
}

/// <summary>
/// A contact of the agency with its worker abroad (Prakas 252): how they were reached, what was
/// found, any problem raised and how it was solved.
/// </summary>
public sealed class OnSiteService : Entity
{
    private OnSiteService() { }

    internal OnSiteService(Guid deploymentId, DateOnly contactedOn, ContactChannel channel, string notes, string? problem, string? resolution, Actor by)
    {
        DeploymentId = deploymentId;
        ContactedOn = contactedOn;
        Channel = channel;
        Notes = notes;
        Problem = problem;
        Resolution = resolution;
        RecordedAt = by.At;
        RecordedBy = by.Name;
    }

    public Guid DeploymentId { get; private set; }
    public DateOnly ContactedOn { get; private set; }
    public ContactChannel Channel { get; private set; }
    public string Notes { get; private set; } = "";
    public string? Problem { get; private set; }
    public string? Resolution { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";

    public bool ProblemOpen => Problem is not null && Resolution is null;
}
