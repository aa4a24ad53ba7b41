namespace Licensing.Infrastructure.Notifications;

/// <summary>SMTP settings (section "Email"). With no host, mail is written as .eml files to the pickup folder.</summary>
public sealed class EmailOptions
{
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public bool SmtpEnableSsl { get; set; } = true;
    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }
    public string From { get; set; } = "no-reply@licensing.example";
    public string PickupDirectory { get; set; } = "data/mail";

    /// <summary>The address the site's paths in a message are joined to, to be links in the HTML part (the top-level PublicBaseUrl).</summary>
    public string SiteBaseUrl { get; set; } = "";
}
