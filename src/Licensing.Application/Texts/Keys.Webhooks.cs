namespace Licensing.Application.Texts;

/// <summary>The catalogue keys of API clients' webhook subscriptions: field names, the administrator's view and notices.</summary>
public static partial class Keys
{
    public const string EventKinds = "label.event_kinds";
    public const string DisableSubscription = "webhooks.disable";
    public const string DisabledByAdministrator = "webhooks.disabled_by_administrator";
    public const string ReceivingEvents = "webhooks.receiving";
    public const string SubscriptionDisabled = "webhooks.subscription_disabled";
    public const string TurnedOffByClient = "webhooks.turned_off_by_client";
    public const string WebhookSubscriptions = "webhooks.subscriptions";
}
