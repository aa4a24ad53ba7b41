namespace Licensing.Domain.Notifications;

/// <summary>How an outbox message reaches its recipient.</summary>
public static class NotificationChannel
{
    /// <summary>The recipient is a user id; the message lands in their in-app inbox.</summary>
    public const string Inbox = "inbox";

    /// <summary>The recipient is an e-mail address.</summary>
    public const string Email = "email";

    /// <summary>The recipient is a body key (<c>RecipientBody.Key</c>); the message is POSTed, signed, to the body's webhook.</summary>
    public const string Webhook = "webhook";

    /// <summary>The recipient is a phone number; the message is a text sent through the SMS gateway.</summary>
    public const string Sms = "sms";

    /// <summary>The recipient is a webhook subscription's id; the message is the event's JSON, POSTed signed with that subscription's secret.</summary>
    public const string Subscription = "subscription";

    public static readonly IReadOnlyList<string> All = [Inbox, Email, Webhook, Sms, Subscription];
}
