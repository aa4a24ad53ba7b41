using System.Globalization;
using Licensing.Domain.Calendar;

namespace Licensing.Domain.Common;

/// <summary>
/// The wrong PINs tried on a record the public opens with a code and PIN (a complaint, a family's missing-relative case):
/// after <see cref="MaxAttempts"/> wrong ones the record stays locked for <see cref="Lockout"/>, right PIN or not.
/// </summary>
public readonly record struct PinAttempts(int Failed, DateTimeOffset? LockedUntil)
{
    public const int MaxAttempts = 5;
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    /// <summary>The count after one attempt; <paramref name="opened"/> says whether the attempt opens the record.</summary>
    public PinAttempts After(bool pinMatches, DateTimeOffset now, out bool opened)
    {
        opened = false;
        if (LockedUntil > now) return this;
        if (pinMatches)
        {
            opened = true;
            return this with { Failed = 0 };
        }
        return Failed + 1 >= MaxAttempts ? new PinAttempts(0, now + Lockout) : this with { Failed = Failed + 1 };
    }

    /// <summary>Refuses with <paramref name="lockedCode"/>, saying until when (Phnom Penh time), while wrong PINs keep the record locked.</summary>
    public static void EnsureNotLocked(DateTimeOffset? lockedUntil, DateTimeOffset now, string lockedCode)
    {
        if (lockedUntil is not { } until || until <= now) return;
        var time = PhnomPenh.LocalTime(until).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        throw new DomainException(lockedCode, DomainErrorKind.Conflict, time);
    }
}

/// <summary>A record the public opens with a code and PIN, of which only a hash is kept.</summary>
public interface IPinProtected
{
    string? PinHash { get; }
    DateTimeOffset? PinLockedUntil { get; }

    /// <summary>Counts the attempt (<see cref="PinAttempts"/>) and says whether it opens the record.</summary>
    bool TryUnlock(bool pinMatches, DateTimeOffset now);

    /// <summary>Refuses, saying until when, while wrong PINs keep the record locked.</summary>
    void EnsureNotLocked(DateTimeOffset now);
}
