namespace Licensing.Api.Tests.Support;

/// <summary>A clock stopped at a chosen instant, for running a scheduled job "later".</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
