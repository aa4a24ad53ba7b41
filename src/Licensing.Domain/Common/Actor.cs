namespace Licensing.Domain.Common;

/// <summary>Who did something and when; recorded on every state transition.</summary>
public sealed record Actor(Guid? UserId, string Name, DateTimeOffset At)
{
    public static Actor System(DateTimeOffset at) => new(null, "System", at);

    /// <summary>The public complainant, who has no account: known by the complaint's code and PIN.</summary>
    public static Actor Complainant(DateTimeOffset at) => new(null, "Complainant", at);
}
