namespace Licensing.Application.Texts;

/// <summary>The catalogue keys of the API client use cases: field names and their messages.</summary>
public static partial class Keys
{
    public const string Body = "label.body";
    public const string ChooseInteriorOrAnEmbassy = "apiclients.choose_interior_or_an_embassy";
    public const string ChooseScopesThisClientMayBeGiven = "apiclients.choose_scopes_this_client_may_be_given";
    public const string OneAbsoluteAddressPerLine = "apiclients.one_absolute_address_per_line";
    public const string RedirectAddresses = "label.redirect_addresses";
    public const string Scopes = "label.scopes";
}
