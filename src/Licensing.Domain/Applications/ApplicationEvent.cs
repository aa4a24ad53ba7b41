using Licensing.Domain.Common;

namespace Licensing.Domain.Applications;

/// <summary>A transition of an application, or a message on it: who, when, from what to what, and why.</summary>
public sealed class ApplicationEvent : Entity
{
    private ApplicationEvent() { }

    internal ApplicationEvent(Guid applicationId, ApplicationStatus from, ApplicationStatus to, string? message, Actor by)
    {
        ApplicationId = applicationId;
        From = from;
        To = to;
        Message = message;
        At = by.At;
        ByUserId = by.UserId;
        ByName = by.Name;
    }

    public Guid ApplicationId { get; private set; }
    public ApplicationStatus From { get; private set; }
    public ApplicationStatus To { get; private set; }
    public string? Message { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? ByUserId { get; private set; }
    public string ByName { get; private set; } = "";
}
