namespace Licensing.Web.Confirmations;

/// <summary>
/// The page handler does something destructive or final: <see cref="ConfirmationPageFilter"/> asks first, on a page of
/// its own that works without JavaScript. <see cref="BackByPost"/>: "No" posts the form's fields back to the page's
/// default handler, for pages whose state lives in a form (the complaint's code and PIN) rather than the address.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ConfirmFirstAttribute(Confirmation confirmation) : Attribute
{
    public Confirmation Confirmation { get; } = confirmation;

    public bool BackByPost { get; init; }
}
