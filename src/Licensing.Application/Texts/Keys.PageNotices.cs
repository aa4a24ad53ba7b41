namespace Licensing.Application.Texts;

/// <summary>The catalogue keys of the notices a page shows after an action succeeded.</summary>
public static partial class Keys
{
    public const string CaseAcknowledged = "alerts.case_acknowledged";
    public const string ClientRegistered = "admin.client_registered";
    public const string FileAdded = "complaints.file_added";
    public const string HolidayAdded = "admin.holiday_added";
    public const string HolidayRemoved = "admin.holiday_removed";
    public const string JobRescheduled = "admin.job_rescheduled";
    public const string JobStarted = "admin.job_started";
    public const string LicenceIssued = "officer.licence_issued";
    public const string NewSecretMadeTheOldOne = "admin.new_secret_made_the_old_one";
    public const string SanctionProposed = "complaints.sanction_proposed";
    public const string SecretWithdrawnAndTheClientS = "admin.secret_withdrawn_and_the_client_s";
    public const string SpecialInspectionOpened = "complaints.special_inspection_opened";
    public const string ThankYouTheOfficerWillSee = "complaints.thank_you_the_officer_will_see";
    public const string TheAgencySPublicMarkWas = "admin.the_agency_s_public_mark_was";
    public const string TheApplicationIsRejectedTheAgency = "officer.the_application_is_rejected_the_agency";
    public const string TheApplicationIsWithdrawnTheMinistry = "agencyportal.the_application_is_withdrawn_the_ministry";
    public const string TheBranchWasRemovedFromYour = "agencyportal.the_branch_was_removed_from_your";
    public const string TheCountrySReservationWasSaved = "admin.the_country_s_reservation_was_saved";
    public const string TheInspectionIsClosed = "inspections.the_inspection_is_closed";
    public const string TheLicenceIsActiveAgain = "officer.the_licence_is_active_again";
    public const string TheLicenceIsRevokedForGood = "officer.the_licence_is_revoked_for_good";
    public const string TheLicenceIsSuspendedTheAgency = "officer.the_licence_is_suspended_the_agency";
    public const string TheRestrictionWasAdded = "admin.the_restriction_was_added";
    public const string TheRestrictionWasEnded = "admin.the_restriction_was_ended";
    public const string TheTrainingCentreWasRemovedFrom = "agencyportal.the_training_centre_was_removed_from";
    public const string VisitsScheduled = "inspections.visits_scheduled";
    public const string YourComplaintIsOpenAgainAn = "complaints.your_complaint_is_open_again_an";
    public const string YourComplaintIsWithdrawnItIs = "complaints.your_complaint_is_withdrawn_it_is";
    public const string YourLanguageWasSaved = "account.your_language_was_saved";
}
