namespace Licensing.Application.Texts;

/// <summary>The catalogue keys of the second step that confirms a destructive or final action: its question, its warning and its button.</summary>
public static partial class Keys
{
    public const string CloseThisCase = "confirm.close_this_case";
    public const string CloseThisInspection = "confirm.close_this_inspection";
    public const string DeadlinesWillCountTheDayAs = "confirm.deadlines_will_count_the_day_as";
    public const string ItWillNoLongerBeListed = "confirm.it_will_no_longer_be_listed";
    public const string NoMoreFindingsOrEvidenceCan = "confirm.no_more_findings_or_evidence_can";
    public const string RejectThisApplication = "confirm.reject_this_application";
    public const string RejectThisJobOrder = "confirm.reject_this_job_order";
    public const string RemoveThisPublicHoliday = "confirm.remove_this_public_holiday";
    public const string RemoveThisSite = "confirm.remove_this_site";
    public const string RevokeThisLicence = "confirm.revoke_this_licence";
    public const string SuspendThisLicence = "confirm.suspend_this_licence";
    public const string TheAgencyMayNotRecruitWhile = "confirm.the_agency_may_not_recruit_while";
    public const string TheAgencyMayNotRecruitWorkers = "confirm.the_agency_may_not_recruit_workers";
    public const string TheCaseIsClosedWithThe = "confirm.the_case_is_closed_with_the";
    public const string TheComplaintWillBeClosedAnd = "confirm.the_complaint_will_be_closed_and";
    public const string TheMinistryWillStopReviewingIt = "confirm.the_ministry_will_stop_reviewing_it";
    public const string ThisIsFinalARevokedLicence = "confirm.this_is_final_a_revoked_licence";
    public const string ThisIsFinalTheAgencyIs = "confirm.this_is_final_the_agency_is";
    public const string WithdrawThisApplication = "confirm.withdraw_this_application";
    public const string WithdrawYourComplaint = "confirm.withdraw_your_complaint";
    public const string YesCloseTheCase = "confirm.yes_close_the_case";
    public const string YesCloseTheInspection = "confirm.yes_close_the_inspection";
    public const string YesRejectIt = "confirm.yes_reject_it";
    public const string YesRemoveIt = "confirm.yes_remove_it";
    public const string YesRevokeIt = "confirm.yes_revoke_it";
    public const string YesSuspendIt = "confirm.yes_suspend_it";
    public const string YesWithdrawIt = "confirm.yes_withdraw_it";
    public const string YesWithdrawMyComplaint = "confirm.yes_withdraw_my_complaint";
}
