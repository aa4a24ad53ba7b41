namespace Licensing.Application.Texts;

/// <summary>The catalogue keys of the complaints use cases: field names and their messages.</summary>
public static partial class Keys
{
    public const string ADecisionWasMadeIfYou = "complaints.a_decision_was_made_if_you";
    public const string Action = "label.action";
    public const string AnOfficerIsLookingIntoIt = "complaints.an_officer_is_looking_into_it";
    public const string AnOfficerWillLookIntoWhat = "complaints.an_officer_will_look_into_what";
    public const string EMail = "label.e_mail";
    public const string HowToReachYou = "label.how_to_reach_you";
    public const string LeaveThisEmpty = "label.leave_this_empty";
    public const string NotAssignedToAnOfficer = "complaints.not_assigned";
    public const string Note = "label.note";
    public const string NothingMoreWillHappenOnThis = "complaints.nothing_more_will_happen_on_this";
    public const string Officer = "label.officer";
    public const string Organisation = "label.organisation";
    public const string PIN = "label.pin";
    public const string PassportNumber = "label.passport_number";
    public const string Phone = "label.phone";
    public const string PlannedFor = "label.planned_for";
    public const string Province = "label.province";
    public const string ReferredTo = "label.referred_to";
    public const string RefundUSD = "label.refund_usd";
    public const string Step = "label.step";
    public const string SuggestedPenalty = "label.suggested_penalty";
    public const string Text = "label.text";
    public const string TheAgencyOrRecruiter = "label.the_agency_or_recruiter";
    public const string TheOfficeIsHelpingYouAnd = "complaints.the_office_is_helping_you_and";
    public const string TheOfficeWillAcknowledgeYourComplaint = "complaints.the_office_will_acknowledge_your_complaint";
    public const string To = "label.to";
    public const string ToWhom = "label.to_whom";
    public const string TrackingCode = "label.tracking_code";
    public const string UnlicensedRecruiters = "complaints.unlicensed_recruiters";
    public const string WhatHappened = "label.what_happened";
    public const string WhatIsItAbout = "label.what_is_it_about";
    public const string WhatWasAgreed = "label.what_was_agreed";
    public const string WhatYouWant = "label.what_you_want";
    public const string When = "label.when";
    public const string Where = "label.where";
    public const string WorkerSName = "label.worker_s_name";
    public const string YouAre = "label.you_are";
    public const string YourAnswer = "label.your_answer";
    public const string YourComplaintWasSentOnTo = "complaints.your_complaint_was_sent_on_to";
    public const string YourMessage = "label.your_message";
    public const string YourName = "label.your_name";
}
