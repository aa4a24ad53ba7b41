using MimeKit;

namespace Licensing.Api.Tests.Support;

/// <summary>The messages in a mail pickup folder, parsed as MIME.</summary>
public static class Mailbox
{
    public static List<MimeMessage> In(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").Select(file => MimeMessage.Load(file)).ToList() : [];

    public static List<MimeMessage> To(string folder, string address) =>
        In(folder).Where(m => m.To.Mailboxes.Any(a => a.Address.Equals(address, StringComparison.OrdinalIgnoreCase))).ToList();
}
