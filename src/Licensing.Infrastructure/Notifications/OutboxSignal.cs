using Licensing.Application.Abstractions;

namespace Licensing.Infrastructure.Notifications;

/// <summary>An in-process doorbell: the dispatcher sleeps until rung, or until its polling interval passes.</summary>
public sealed class OutboxSignal : IOutboxSignal
{
    private readonly SemaphoreSlim _bell = new(0, 1);

    public void Notify()
    {
        if (_bell.CurrentCount == 0)
        {
            try { _bell.Release(); }
            catch (SemaphoreFullException) { /* already rung */ }
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _bell.WaitAsync(timeout, cancellationToken);
}
