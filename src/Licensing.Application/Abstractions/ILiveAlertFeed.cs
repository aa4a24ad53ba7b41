using System.Threading.Channels;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;

namespace Licensing.Application.Abstractions;

/// <summary>Committed alerts for the bodies an officer acts for: replayed from a sequence, then live.</summary>
public interface ILiveAlertFeed
{
    /// <summary>The most alerts one replay returns; a full page means there may be more.</summary>
    int ReplayPageSize { get; }

    ILiveAlertSubscription Subscribe(IReadOnlySet<RecipientBody> bodies);

    /// <summary>The bodies' alerts after a sequence, in order, one page: what a reconnecting officer missed.</summary>
    Task<IReadOnlyList<LiveAlert>> ReplayAsync(IReadOnlySet<RecipientBody> bodies, long after, CancellationToken cancellationToken);

    /// <summary>The newest sequence written so far: where a fresh connection starts.</summary>
    Task<long> LatestAsync(CancellationToken cancellationToken);

    /// <summary>Called once an alert was written to an officer's stream; the first time per alert is stored.</summary>
    void RecordLiveDelivery(long sequence);
}

/// <summary>One connected officer's queue of live alerts; disposing it unsubscribes.</summary>
public interface ILiveAlertSubscription : IDisposable
{
    /// <summary>Completes with an error when the subscriber fell behind: its client reconnects and replays.</summary>
    ChannelReader<LiveAlert> Alerts { get; }
}

/// <summary>An alert as the live stream sends it, with the case's facts its card shows (country, last known location, when reported).</summary>
public sealed record LiveAlert(long Sequence, string BodyKey, AlertKind Kind, Guid CaseId, string CaseNumber, string TitleEn, string TitleKm, DateTimeOffset CreatedAt,
    string CountryCode, string LastKnownLocation, DateTimeOffset ReportedAt);
