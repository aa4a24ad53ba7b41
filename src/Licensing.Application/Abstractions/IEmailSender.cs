namespace Licensing.Application.Abstractions;

public interface IEmailSender
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken) =>
        SendAsync(to, subject, body, [], cancellationToken);

    Task SendAsync(string to, string subject, string body, IReadOnlyList<EmailAttachment> attachments, CancellationToken cancellationToken);
}

/// <summary>A file sent with a message, such as a certificate or a letter as PDF.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);
