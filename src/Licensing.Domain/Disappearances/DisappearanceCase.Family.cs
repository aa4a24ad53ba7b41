using Licensing.Domain.Common;

namespace Licensing.Domain.Disappearances;

/// <summary>
/// The reporting family's side of a case: a migrant no agency registered, the officer's check of a family's report, the
/// PIN the family follows the case with, and what it adds.
/// </summary>
public sealed partial class DisappearanceCase
{
    /// <summary>
    /// A family reports a migrant no registered worker matches: the case holds their description, and the alerts go out
    /// marked unverified like every family report, to the embassy in the country the family names, MOI and MLVT.
    /// </summary>
    public static DisappearanceCase ReportUnregistered(MissingPerson person, string countryCode, DisappearanceFacts facts, FamilyReporter family, Actor by, string? idempotencyKey)
    {
        CheckFacts(facts, by.At);
        var report = new DisappearanceCase(null, null, null, countryCode.ToUpperInvariant(), ReportSource.Family, facts, by)
        {
            Person = person,
            Family = family,
            IdempotencyKey = idempotencyKey,
        };
        report.AlertRecipients(by.At);
        return report;
    }

    public void Verify(Actor by)
    {
        RequireOpen();
        if (Verified) throw new DomainException(ErrorCodes.AlreadyVerified);
        Verified = true;
        VerifiedByName = by.Name;
        Raise(new FamilyReportVerified(this, by));
    }

    /// <summary>The hash of the PIN the reporting family follows the case with; null for other reports.</summary>
    public string? PinHash { get; private set; }
    public int FailedPinAttempts { get; private set; }
    public DateTimeOffset? PinLockedUntil { get; private set; }

    /// <summary>The family that reported the case follows it with this PIN, of which only the hash is given.</summary>
    public void IssueFamilyPin(string pinHash)
    {
        if (Source != ReportSource.Family) throw new DomainException(ErrorCodes.FamilyReporterMismatch, DomainErrorKind.Invalid);
        PinHash = pinHash;
    }

    public bool TryUnlock(bool pinMatches, DateTimeOffset now)
    {
        (FailedPinAttempts, PinLockedUntil) = new PinAttempts(FailedPinAttempts, PinLockedUntil).After(pinMatches, now, out var opened);
        return opened;
    }

    /// <summary>Refuses, saying until when (Phnom Penh time), while wrong PINs keep the case locked to the family.</summary>
    public void EnsureNotLocked(DateTimeOffset now) => PinAttempts.EnsureNotLocked(PinLockedUntil, now, ErrorCodes.MissingCaseLocked);

    /// <summary>The reporting family adds what it has learned; every party hears of it, and the family sees it on its page.</summary>
    public CaseUpdate AddFamilyInformation(string text, Actor by)
    {
        RequireOpen();
        return AddUpdate(CaseParty.Family, UpdateKind.Note, text, by, sharedWithFamily: true);
    }
}
