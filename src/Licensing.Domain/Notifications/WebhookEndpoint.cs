using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;

namespace Licensing.Domain.Notifications;

/// <summary>Where a recipient body's own system receives signed alert webhooks, and the secret they are signed with.</summary>
public sealed class WebhookEndpoint
{
    private WebhookEndpoint() { }

    public WebhookEndpoint(RecipientBody bodyKey, Uri url, string secret, DateTimeOffset now)
    {
        BodyKey = bodyKey;
        Change(url, secret, true, now);
    }

    public RecipientBody BodyKey { get; private set; } = RecipientBody.Ministry;
    public string Url { get; private set; } = "";

    /// <summary>The shared HMAC-SHA256 key; never shown back once set.</summary>
    public string Secret { get; private set; } = "";
    public bool Enabled { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Change(Uri url, string? secret, bool enabled, DateTimeOffset now)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new DomainException(ErrorCodes.WebhookUrlInvalid, DomainErrorKind.Invalid);
        }
        if (secret is not null)
        {
            if (secret.Length < 16) throw new DomainException(ErrorCodes.WebhookSecretShort, DomainErrorKind.Invalid);
            Secret = secret;
        }
        Url = url.ToString();
        Enabled = enabled;
        UpdatedAt = now;
    }
}
