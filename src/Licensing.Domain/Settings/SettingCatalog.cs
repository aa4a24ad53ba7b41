namespace Licensing.Domain.Settings;

/// <summary>
/// Every setting the rules read, with the defaults of DOMAIN.md §6. Values live in the database
/// and administrators edit them; nothing here is read as a constant by a rule.
/// </summary>
public static class SettingCatalog
{
    public const string LicenceTermMonths = "licence.term-months";
    public const string RenewalWindowDays = "licence.renewal-window-days";
    public const string LicenceExpiryReminderDays = "licence.expiry-reminder-days";
    public const string DocumentMaxBytes = "documents.max-bytes";
    public const string InspectionFrequencyMonths = "inspection.frequency-months";
    public const string InspectionNoticeDays = "inspection.notice-days";
    public const string InspectorReminderDays = "inspection.inspector-reminder-days";
    public const string InspectionMaxPerInspectorPerDay = "inspection.max-per-inspector-per-day";
    public const string InspectionTeamSize = "inspection.team-size";
    public const string CorrectiveActionDays = "inspection.corrective-action-days";
    public const string CorrectiveActionReminderDays = "inspection.corrective-action-reminder-days";
    public const string ChiefInspectorEmail = "inspection.chief-inspector-email";
    public const string EvaluationCycleMonths = "evaluation.cycle-months";
    public const string EvaluationBandThresholds = "evaluation.band-thresholds";
    public const string EvaluationSecretariatEmail = "evaluation.secretariat-email";
    public const string ComplaintAcknowledgementWorkingDays = "complaint.acknowledgement-working-days";
    public const string ComplaintResolutionDays = "complaint.resolution-days";
    public const string ComplaintAgencyAnswerDays = "complaint.agency-answer-days";
    public const string ComplaintSecondEscalationDays = "complaint.second-escalation-days";
    public const string ComplaintReopenDays = "complaint.reopen-days";
    public const string ComplaintMinistryEmail = "complaint.ministry-email";
    public const string ComplaintInteriorEmail = "complaint.interior-email";
    public const string DisappearanceAcknowledgementMinutes = "disappearance.acknowledgement-minutes";
    public const string DisappearanceLateReportHours = "disappearance.late-report-hours";
    public const string DisappearanceAgencyUpdateHours = "disappearance.agency-update-hours";
    public const string DisappearanceReferralDays = "disappearance.referral-days";
    public const string InteriorDutyEmail = "disappearance.interior-duty-email";
    public const string MinistryDutyEmail = "disappearance.mlvt-duty-email";
    public const string MaximumRecruitmentFeeUsd = "worker.maximum-recruitment-fee-usd";
    public const string MinimumDepartureAge = "worker.minimum-departure-age";
    public const string PassportValidityMonths = "worker.passport-validity-months";
    public const string MedicalCheckValidityDays = "worker.medical-check-validity-days";
    public const string DepartureClearanceValidityDays = "worker.departure-clearance-validity-days";
    public const string AppealDays = "sanction.appeal-days";
    public const string OutboxMaxAttempts = "notifications.max-attempts";
    public const string RequireTwoFactorForStaff = "security.require-two-factor-for-staff";
    public const string PublicHotline = "public.hotline";

    public static readonly IReadOnlyList<SettingDefinition> All =
    [
        new(LicenceTermMonths, SettingKind.PositiveInteger, "24", "Licence term in months"),
        new(RenewalWindowDays, SettingKind.PositiveInteger, "90", "Renewal window opens this many days before expiry"),
        new(LicenceExpiryReminderDays, SettingKind.IntegerList, "90,60,30,7", "Licence expiry reminders, days before expiry"),
        new(DocumentMaxBytes, SettingKind.PositiveInteger, "10485760", "Largest uploaded document, in bytes"),
        new(InspectionFrequencyMonths, SettingKind.PositiveInteger, "12", "Ordinary inspection of each premises and PDOT centre, every N months"),
        new(InspectionNoticeDays, SettingKind.PositiveInteger, "7", "Notice to the agency before an ordinary inspection, days"),
        new(InspectorReminderDays, SettingKind.IntegerList, "7,1", "Inspector reminders, days before a visit"),
        new(InspectionMaxPerInspectorPerDay, SettingKind.PositiveInteger, "2", "Most visits one inspector makes in a day"),
        new(InspectionTeamSize, SettingKind.PositiveInteger, "2", "Inspectors proposed for each visit"),
        new(CorrectiveActionDays, SettingKind.PositiveInteger, "30", "Default days given to carry out a corrective action"),
        new(CorrectiveActionReminderDays, SettingKind.PositiveInteger, "3", "Remind the agency this many days before a corrective action is due"),
        new(ChiefInspectorEmail, SettingKind.Text, "chief.inspector@mlvt.example", "E-mail of the chief inspector (overdue visits, weekly coverage)"),
        new(EvaluationCycleMonths, SettingKind.PositiveInteger, "24", "Tripartite evaluation of each agency, every N months"),
        new(EvaluationBandThresholds, SettingKind.BandThresholds, Evaluations.BandThresholds.Default, "Lowest overall mean score of the bands Excellent, Good, Satisfactory and Poor (below: Failing)"),
        new(EvaluationSecretariatEmail, SettingKind.Text, "evaluation.secretariat@mlvt.example", "E-mail of the evaluation panel secretariat (evaluations falling due)"),
        new(ComplaintAcknowledgementWorkingDays, SettingKind.PositiveInteger, "5", "Complaint acknowledgement deadline, working days"),
        new(ComplaintResolutionDays, SettingKind.PositiveInteger, "60", "Complaint resolution target, days, then escalation"),
        new(ComplaintAgencyAnswerDays, SettingKind.PositiveInteger, "14", "Days the agency has to answer a complaint once the investigation starts"),
        new(ComplaintSecondEscalationDays, SettingKind.PositiveInteger, "7", "Days past a complaint deadline before escalation goes on from the supervisor to MLVT"),
        new(ComplaintReopenDays, SettingKind.PositiveInteger, "30", "Days after the outcome within which the complainant may reopen a complaint"),
        new(ComplaintMinistryEmail, SettingKind.Text, "complaints@mlvt.example", "E-mail of MLVT's complaints unit (escalations)"),
        new(ComplaintInteriorEmail, SettingKind.Text, "anti-trafficking@interior.example", "E-mail of the Ministry of Interior for complaints against unlicensed recruiters"),
        new(DisappearanceAcknowledgementMinutes, SettingKind.PositiveInteger, "30", "Escalate a disappearance alert not acknowledged within N minutes"),
        new(DisappearanceLateReportHours, SettingKind.PositiveInteger, "24", "Flag a disappearance reported more than N hours after the agency learned of it"),
        new(DisappearanceAgencyUpdateHours, SettingKind.PositiveInteger, "72", "While a disappearance case is open, the agency posts an update at least every N hours"),
        new(DisappearanceReferralDays, SettingKind.PositiveInteger, "30", "A case can be closed as still missing and referred to MOI/NCCT after N days"),
        new(InteriorDutyEmail, SettingKind.Text, "duty@interior.example", "Duty e-mail of the Ministry of Interior for disappearance alerts"),
        new(MinistryDutyEmail, SettingKind.Text, "duty.officer@mlvt.example", "E-mail of the MLVT duty officer (disappearance alerts and escalations)"),
        new(MaximumRecruitmentFeeUsd, SettingKind.OptionalMoney, "", "Maximum recruitment fee per worker in USD (empty: no limit, fees only recorded)"),
        new(MinimumDepartureAge, SettingKind.PositiveInteger, "18", "Minimum age of a worker on departure"),
        new(PassportValidityMonths, SettingKind.PositiveInteger, "6", "The passport must be valid at least N months after the departure date"),
        new(MedicalCheckValidityDays, SettingKind.PositiveInteger, "90", "A health check counts for departures up to N days after it"),
        new(DepartureClearanceValidityDays, SettingKind.PositiveInteger, "30", "A departure clearance is valid N days from its issue (shorter if a document runs out sooner)"),
        new(AppealDays, SettingKind.PositiveInteger, "15", "Days to appeal a sanction"),
        new(OutboxMaxAttempts, SettingKind.PositiveInteger, "8", "Delivery attempts before a notification is dead-lettered"),
        new(RequireTwoFactorForStaff, SettingKind.YesNo, "no", "Require two-factor sign-in for administrators, licensing officers and inspectors (yes/no)"),
        new(PublicHotline, SettingKind.PhoneNumber, "1297", "MLVT's public hotline, shown to the public on error pages (a phone number)"),
    ];

    public static SettingDefinition? Find(string key) => All.FirstOrDefault(d => d.Key == key);
}
