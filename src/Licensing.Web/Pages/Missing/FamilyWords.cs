using Licensing.Application.Texts;

namespace Licensing.Web.Pages.Missing;

/// <summary>The missing-relative pages' own wording, from the one catalogue in the reader's language (ADR-026).</summary>
public static class FamilyWords
{
    public static string CaseNumber => Catalogue.Say(Keys.CaseNumber);
    public static string ReceiptPin => Catalogue.Say(Keys.MissingReceiptPin);
    public static string PinShownBefore => Catalogue.Say(Keys.MissingPinShownBefore);
    public static string Unregistered => Catalogue.Say(Keys.MissingUnregistered);
    public static string FollowCase => Catalogue.Say(Keys.MissingFollowCase);
    public static string ShowCase => Catalogue.Say(Keys.MissingShowCase);
    public static string Verified => Catalogue.Say(Keys.MissingVerified);
    public static string NotVerified => Catalogue.Say(Keys.MissingNotVerified);
    public static string TakenUp => Catalogue.Say(Keys.MissingTakenUp);
    public static string NotYet => Catalogue.Say(Keys.MissingNotYet);
    public static string FromYou => Catalogue.Say(Keys.MissingFromYou);
    public static string FromOfficers => Catalogue.Say(Keys.MissingFromOfficers);
    public static string AddInformation => Catalogue.Say(Keys.MissingAddInformation);
    public static string WhatHaveYouLearned => Catalogue.Say(Keys.WhatHaveYouLearned);
    public static string CloseOnPhone => Catalogue.Say(Keys.MissingCloseOnPhone);
    public static string AgencyThatSentThem => Catalogue.Say(Keys.TheAgencyThatSentThem);
    public static string UnregisteredLabel => Catalogue.Say(Keys.MissingUnregisteredLabel);
    public static string ShareWithFamily => Catalogue.Say(Keys.MissingShareWithFamily);
}
