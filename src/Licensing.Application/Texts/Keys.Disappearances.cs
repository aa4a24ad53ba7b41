namespace Licensing.Application.Texts;

/// <summary>The catalogue keys of the disappearances use cases: field names and their messages.</summary>
public static partial class Keys
{
    public const string Address = "label.address";
    public const string Answer = "label.answer";
    public const string CaseNumber = "label.case_number";
    public const string Circumstances = "label.circumstances";
    public const string Confirmed = "label.confirmed";
    public const string GiveAnAbsoluteHttpOrHttps = "disappearances.give_an_absolute_http_or_https";
    public const string LastContact = "label.last_contact";
    public const string LastKnownLocation = "label.last_known_location";
    public const string Latitude = "label.latitude";
    public const string Longitude = "label.longitude";
    public const string MissingAddInformation = "missing.add_information";
    public const string MissingCaseClosedStep = "missing.step_closed";
    public const string MissingCasePinSms = "missing.pin_sms";
    public const string MissingCaseSearchStep = "missing.step_search";
    public const string MissingCaseVerifyStep = "missing.step_verify";
    public const string MissingCloseOnPhone = "missing.close_on_phone";
    public const string MissingFollowCase = "missing.follow";
    public const string MissingFromOfficers = "missing.from_officers";
    public const string MissingFromYou = "missing.from_you";
    public const string MissingInformationAdded = "missing.information_added";
    public const string MissingNotVerified = "missing.not_verified";
    public const string MissingNotYet = "missing.not_yet";
    public const string MissingPinShownBefore = "missing.pin_shown_before";
    public const string MissingReceiptPin = "missing.receipt_pin";
    public const string MissingShareWithFamily = "missing.share_with_family";
    public const string MissingShowCase = "missing.show_case";
    public const string MissingTakenUp = "missing.taken_up";
    public const string MissingUnregistered = "missing.unregistered";
    public const string MissingUnregisteredLabel = "missing.unregistered_label";
    public const string MissingVerified = "missing.verified";
    public const string PassportOrIdCardNumber = "label.passport_or_id_card_number";
    public const string RelationshipToWorker = "label.relationship_to_worker";
    public const string Secret = "label.secret";
    public const string TheAgencyThatSentThem = "label.the_agency_that_sent_them";
    public const string TheWorkersName = "label.the_worker_s_name";
    public const string TheWorkersTelephone = "label.the_worker_s_telephone";
    public const string Update = "label.update";
    public const string WhatHappenedQuestion = "label.what_happened_question";
    public const string WhatHaveYouLearned = "label.what_have_you_learned";
    public const string WhatIsKnown = "label.what_is_known";
    public const string WhenDidYouLastSpeakWithThem = "label.when_did_you_last_speak_with_them";
    public const string WhenTheAgencyLearnedOfIt = "disappearances.when_the_agency_learned_of_it";
    public const string WhereWereTheyLast = "label.where_were_they_last";
    public const string WhoElseKnows = "label.who_else_knows";
    public const string Worker = "label.worker";
    public const string YourTelephone = "label.your_telephone";
}
