using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;

namespace Licensing.Domain.Notifications;

/// <summary>
/// Where one API client's system receives the events it chose, signed with a secret of this subscription alone. The
/// client turns it on and off; an administrator may disable it, and then only an administrator's decision stands.
/// </summary>
public sealed class WebhookSubscription : Entity
{
    private WebhookSubscription() { }

    public WebhookSubscription(string clientId, RecipientBody bodyKey, Uri url, IReadOnlyCollection<string> kinds, string secret, bool httpAllowed, DateTimeOffset now)
    {
        ClientId = clientId;
        BodyKey = bodyKey;
        Secret = secret;
        CreatedAt = now;
        Change(url, kinds, true, httpAllowed, now);
    }

    public string ClientId { get; private set; } = "";

    /// <summary>The body the client acts for: it receives a disappearance case's events only when the body is told of the case.</summary>
    public RecipientBody BodyKey { get; private set; } = RecipientBody.Interior;
    public string Url { get; private set; } = "";

    /// <summary>The HMAC-SHA256 key; shown to the client once, when made or rotated.</summary>
    public string Secret { get; private set; } = "";

    /// <summary>The kinds, each between spaces (" licence.issued sanction.imposed "), so that a query finds one by <see cref="Token"/>.</summary>
    public string EventKinds { get; private set; } = "";
    public bool Enabled { get; private set; }
    public DateTimeOffset? DisabledByAdministratorAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<string> Kinds => EventKinds.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>How one kind appears inside <see cref="EventKinds"/>.</summary>
    public static string Token(string kind) => $" {kind} ";

    public void Change(Uri url, IReadOnlyCollection<string> kinds, bool enabled, bool httpAllowed, DateTimeOffset now)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new DomainException(ErrorCodes.WebhookUrlInvalid, DomainErrorKind.Invalid);
        }
        if (url.Scheme != Uri.UriSchemeHttps && !httpAllowed)
        {
            throw new DomainException(ErrorCodes.WebhookUrlNotHttps, DomainErrorKind.Invalid);
        }
        if (kinds.Count == 0 || kinds.Any(k => !WebhookEventKind.All.Contains(k)))
        {
            throw new DomainException(ErrorCodes.WebhookEventKindsInvalid, DomainErrorKind.Invalid, string.Join(", ", WebhookEventKind.All));
        }
        Url = url.ToString();
        EventKinds = " " + string.Join(' ', WebhookEventKind.All.Where(kinds.Contains)) + " ";
        Enabled = enabled;
        UpdatedAt = now;
    }

    public void RotateSecret(string secret, DateTimeOffset now)
    {
        Secret = secret;
        UpdatedAt = now;
    }

    public void DisableByAdministrator(DateTimeOffset now)
    {
        DisabledByAdministratorAt ??= now;
        UpdatedAt = now;
    }
}
