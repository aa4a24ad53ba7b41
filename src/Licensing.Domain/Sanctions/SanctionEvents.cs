using Licensing.Domain.Common;

namespace Licensing.Domain.Sanctions;

/// <summary>MLVT imposed a sanction on an agency, which may appeal it.</summary>
public sealed record SanctionImposed(Sanction Sanction, DateTimeOffset At) : IDomainEvent;

/// <summary>The agency appealed the sanction.</summary>
public sealed record SanctionAppealed(Sanction Sanction, DateTimeOffset At) : IDomainEvent;

/// <summary>A decision-maker upheld or dismissed the appeal.</summary>
public sealed record SanctionAppealDecided(Sanction Sanction, DateTimeOffset At) : IDomainEvent;
