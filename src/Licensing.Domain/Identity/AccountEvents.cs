using Licensing.Domain.Common;

namespace Licensing.Domain.Identity;

/// <summary>An administrator created a user account (raised by the use case before the identity store saves it, so both commit together).</summary>
public sealed record UserAccountCreated(Guid UserId, string Email, string Role, string Language, DateTimeOffset At) : IDomainEvent;

/// <summary>Someone asked for a password reset link for a known address.</summary>
public sealed record PasswordResetRequested(string Email, string Link, DateTimeOffset At) : IDomainEvent;
