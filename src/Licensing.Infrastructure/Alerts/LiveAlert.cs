using Licensing.Application.Abstractions;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;

namespace Licensing.Infrastructure.Alerts;

/// <summary>One connected officer's queue of live alerts for the bodies they act for.</summary>
public sealed class AlertSubscription : ILiveAlertSubscription
{
    private readonly System.Threading.Channels.Channel<LiveAlert> _queue =
        System.Threading.Channels.Channel.CreateBounded<LiveAlert>(new System.Threading.Channels.BoundedChannelOptions(1000) { SingleReader = true });
    private readonly Action<AlertSubscription> _unsubscribe;

    internal AlertSubscription(IReadOnlySet<RecipientBody> bodies, Action<AlertSubscription> unsubscribe)
    {
        Bodies = bodies;
        _unsubscribe = unsubscribe;
    }

    public IReadOnlySet<RecipientBody> Bodies { get; }

    public System.Threading.Channels.ChannelReader<LiveAlert> Alerts => _queue.Reader;

    /// <summary>A subscriber too slow to keep up is cut off; its client reconnects with Last-Event-ID and misses nothing.</summary>
    internal void Offer(LiveAlert alert)
    {
        if (!_queue.Writer.TryWrite(alert)) _queue.Writer.TryComplete(new InvalidOperationException("The subscriber fell behind."));
    }

    public void Dispose() => _unsubscribe(this);
}
