using Licensing.Domain.Common;

namespace Licensing.Domain.Licences;

/// <summary>An officer, a sanction or the agency suspended, reinstated, revoked or surrendered the licence; the agency is told with the reason.</summary>
public sealed record LicenceStatusChanged(Licence Licence, DateTimeOffset At) : IDomainEvent;

/// <summary>An upheld appeal annulled the suspension or revocation.</summary>
public sealed record LicenceReinstatedOnAppeal(Licence Licence, DateTimeOffset At) : IDomainEvent;

/// <summary>A suspension reached its end date (found by the daily sweep).</summary>
public sealed record LicenceSuspensionEnded(Licence Licence, DateOnly On, DateTimeOffset At) : IDomainEvent;

/// <summary>The licence reached its expiry date with no renewal under review.</summary>
public sealed record LicenceExpired(Licence Licence, DateTimeOffset At) : IDomainEvent;

/// <summary>The licence expires within a reminder threshold (found by the daily sweep; written once per threshold).</summary>
public sealed record LicenceExpiryApproaching(Guid LicenceId, string Number, Guid AgencyId, DateOnly ExpiresOn, int DaysLeft, int Threshold, DateTimeOffset At) : IDomainEvent;
