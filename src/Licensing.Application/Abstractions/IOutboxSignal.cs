namespace Licensing.Application.Abstractions;

/// <summary>Wakes the notification dispatcher when new messages have been committed.</summary>
public interface IOutboxSignal
{
    void Notify();
}
