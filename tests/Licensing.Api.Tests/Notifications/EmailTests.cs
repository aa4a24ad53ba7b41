using System.Net;
using System.Net.Http.Json;
using Licensing.Api.Tests.Support;
using Licensing.Application.Abstractions;
using Licensing.Infrastructure.Notifications;
using Licensing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Licensing.Api.Tests.Notifications;

/// <summary>Mail with MailKit: through an SMTP server, or into the pickup folder, Khmer and attachments intact.</summary>
public sealed class EmailTests
{
    private const string Subject = "វិញ្ញាបនបត្រអាជ្ញាប័ណ្ណ លេខ ០០១ / Licence certificate No. 001";
    private const string Body = "សូមភ្ជាប់មកជាមួយនូវវិញ្ញាបនបត្ររបស់លោកអ្នក។\nPlease find your certificate attached.";
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"u8, .. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256)), .. "\n%%EOF\n"u8];
    private static readonly EmailAttachment Certificate = new("certificate-001.pdf", "application/pdf", Pdf);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ThroughSmtp_AKhmerSubjectBodyAndPdfAttachment_ArriveIntact_AfterSigningIn()
    {
        await using var sink = new SmtpSink();
        var sender = new SmtpEmailSender(Options.Create(new EmailOptions
        {
            SmtpHost = "127.0.0.1", SmtpPort = sink.Port, SmtpEnableSsl = false, SmtpUserName = "mailer", SmtpPassword = "mail-secret", From = "no-reply@mlvt.example",
        }));

        await sender.SendAsync("agency@example.com", Subject, Body, [Certificate], Ct);

        var received = Assert.Single(sink.Messages);
        Assert.Equal(("mailer", "mail-secret"), (received.User, received.Password));
        Assert.Equal(("no-reply@mlvt.example", "agency@example.com"), (received.From, Assert.Single(received.To)));
        AssertIntact(MimeMessage.Load(new MemoryStream(received.Data), Ct));
    }

    [Fact]
    public async Task WithoutAnSmtpHost_TheMessageIsWrittenToThePickupFolder_7BitWithCrlf_AndParsesBack()
    {
        var folder = Directory.CreateTempSubdirectory("licensing-mail-").FullName;
        try
        {
            var sender = new SmtpEmailSender(Options.Create(new EmailOptions { PickupDirectory = folder, From = "no-reply@mlvt.example" }));

            await sender.SendAsync("agency@example.com", Subject, Body, [Certificate], Ct);

            var file = Assert.Single(Directory.GetFiles(folder));
            Assert.EndsWith(".eml", file);
            var bytes = await File.ReadAllBytesAsync(file, Ct);
            Assert.All(bytes, b => Assert.True(b < 0x80, $"byte {b:X2} is not 7-bit"));
            Assert.All(Enumerable.Range(0, bytes.Length).Where(i => bytes[i] == '\n'), i => Assert.True(i > 0 && bytes[i - 1] == '\r', $"bare LF at {i}"));
            AssertIntact(MimeMessage.Load(file, Ct));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void AssertIntact(MimeMessage message)
    {
        Assert.Equal(Subject, message.Subject);
        Assert.Equal(Body, message.TextBody?.TrimEnd('\r', '\n'));
        var attachment = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
        Assert.Equal(("certificate-001.pdf", "application/pdf"), (attachment.FileName, attachment.ContentType.MimeType));
        using var content = new MemoryStream();
        attachment.Content!.DecodeTo(content);
        Assert.Equal(Pdf, content.ToArray());
    }
}

/// <summary>The application configured with an SMTP server: what it sends reaches that server.</summary>
public abstract class MailThroughSmtpTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ANewUsersWelcome_IsSentToTheSmtpServer()
    {
        await using var sink = new SmtpSink();
        await using var app = new AppWithSmtp(provider, sink.Port);
        await app.InitializeAsync();

        var email = await Users.CreateAsync(app, "Inspector");

        var received = await Eventually.ReturnsAsync(() => Task.FromResult(sink.Messages.Where(m => m.To.Contains(email)).ToList()), found => found.Count > 0);
        var message = MimeMessage.Load(new MemoryStream(Assert.Single(received).Data), Ct);
        Assert.Equal(email, Assert.Single(message.To.Mailboxes).Address);
        Assert.Contains("Inspector", message.TextBody);
        Assert.Empty(Mailbox.In(app.MailFolder));
    }

    private sealed class AppWithSmtp(DatabaseProvider provider, int port) : LicensingApp(provider)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Email:SmtpHost", "127.0.0.1");
            builder.UseSetting("Email:SmtpPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Email:SmtpEnableSsl", "false");
        }
    }
}

public sealed class SqliteMailThroughSmtpTests() : MailThroughSmtpTests(DatabaseProvider.Sqlite);

public sealed class PostgresMailThroughSmtpTests() : MailThroughSmtpTests(DatabaseProvider.Postgres);
