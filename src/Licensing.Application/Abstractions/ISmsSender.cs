namespace Licensing.Application.Abstractions;

/// <summary>Text messages to a phone: the outbox dispatcher's SMS channel, which forgets a message's text once sent (it may carry a complaint's PIN).</summary>
public interface ISmsSender
{
    Task SendAsync(string phone, string text, CancellationToken cancellationToken);
}
