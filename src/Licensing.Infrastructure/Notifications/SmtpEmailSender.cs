using System.Net;
using System.Net.Mail;
using System.Text;
using Licensing.Application.Abstractions;
using Microsoft.Extensions.Options;

namespace Licensing.Infrastructure.Notifications;

/// <summary>Sends through the configured SMTP server, or drops the message in the pickup folder.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = new MailMessage(settings.From, to, subject, body)
        {
            BodyEncoding = Encoding.UTF8,
            SubjectEncoding = Encoding.UTF8,
        };
        using var client = string.IsNullOrWhiteSpace(settings.SmtpHost) ? PickupClient(settings) : SmtpClient(settings);
        await client.SendMailAsync(message, cancellationToken);
    }

    private static SmtpClient PickupClient(EmailOptions settings)
    {
        var folder = Path.GetFullPath(settings.PickupDirectory);
        Directory.CreateDirectory(folder);
        return new SmtpClient("localhost") { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = folder };
    }

    private static SmtpClient SmtpClient(EmailOptions settings) => new(settings.SmtpHost, settings.SmtpPort)
    {
        EnableSsl = settings.SmtpEnableSsl,
        Credentials = settings.SmtpUserName is null ? null : new NetworkCredential(settings.SmtpUserName, settings.SmtpPassword),
    };
}
