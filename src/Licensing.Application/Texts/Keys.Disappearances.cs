namespace Licensing.Application.Texts;

/// <summary>The catalogue keys of the disappearances use cases: field names and their messages.</summary>
public static partial class Keys
{
    public const string Address = "label.address";
    public const string Answer = "label.answer";
    public const string Circumstances = "label.circumstances";
    public const string Confirmed = "label.confirmed";
    public const string GiveAnAbsoluteHttpOrHttps = "disappearances.give_an_absolute_http_or_https";
    public const string LastContact = "label.last_contact";
    public const string LastKnownLocation = "label.last_known_location";
    public const string Latitude = "label.latitude";
    public const string Longitude = "label.longitude";
    public const string Secret = "label.secret";
    public const string Update = "label.update";
    public const string WhatIsKnown = "label.what_is_known";
    public const string WhenTheAgencyLearnedOfIt = "disappearances.when_the_agency_learned_of_it";
    public const string WhoElseKnows = "label.who_else_knows";
    public const string Worker = "label.worker";
    public const string YourTelephone = "label.your_telephone";
}
