namespace Licensing.Application.Webhooks;

/// <summary>Plain http addresses are accepted only where the host allows them (Development and Testing): elsewhere, https.</summary>
public sealed class WebhookSubscriptionOptions
{
    public bool AllowHttp { get; set; }
}
