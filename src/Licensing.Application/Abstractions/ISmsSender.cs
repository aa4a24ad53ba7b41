namespace Licensing.Application.Abstractions;

/// <summary>Text messages to a phone. Sent directly, never stored, because a message may carry a complaint's PIN.</summary>
public interface ISmsSender
{
    Task SendAsync(string phone, string text, CancellationToken cancellationToken);
}
