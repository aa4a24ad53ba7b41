using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Licensing.Infrastructure.Notifications;

/// <summary>Sends through the configured SMTP server, or drops the message in the pickup folder.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    private const int SmtpTimeoutMilliseconds = 30_000;

    public async Task SendAsync(string to, string subject, string body, IReadOnlyList<EmailAttachment> attachments, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = Compose(settings.From, to, subject, body, settings.SiteBaseUrl, attachments);
        if (string.IsNullOrWhiteSpace(settings.SmtpHost)) await MailPickupFolder.WriteAsync(message, settings.PickupDirectory, cancellationToken);
        else await SendBySmtpAsync(message, settings.SmtpHost, settings, cancellationToken);
    }

    /// <summary>The text as it was written, and an HTML part where line breaks stay and addresses are links.</summary>
    private static MimeMessage Compose(string from, string to, string subject, string body, string siteBase, IReadOnlyList<EmailAttachment> attachments)
    {
        var builder = new BodyBuilder { TextBody = body, HtmlBody = $"<!DOCTYPE html>\n<html><body><p>{NoticeHtml.From(body, siteBase)}</p></body></html>" };
        foreach (var attachment in attachments)
        {
            builder.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }
        var message = new MimeMessage { Subject = subject, Body = builder.ToMessageBody() };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        return message;
    }

    private static async Task SendBySmtpAsync(MimeMessage message, string host, EmailOptions settings, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = SmtpTimeoutMilliseconds };
        await client.ConnectAsync(host, settings.SmtpPort, SocketOptions(settings), cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? "", cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    /// <summary>With TLS on, TLS is required (implicit on port 465, STARTTLS elsewhere): credentials never travel in clear.</summary>
    private static SecureSocketOptions SocketOptions(EmailOptions settings) =>
        !settings.SmtpEnableSsl ? SecureSocketOptions.None
        : settings.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect
        : SecureSocketOptions.StartTls;
}
