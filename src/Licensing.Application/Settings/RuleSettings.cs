using System.Globalization;
using Licensing.Domain.Evaluations;
using Licensing.Domain.Settings;

namespace Licensing.Application.Settings;

/// <summary>
/// The settings administrators edit, read once and parsed once: one property per <see cref="SettingCatalog"/> entry.
/// A key missing from the table reads as its catalogued default. Integer lists are in ascending order.
/// </summary>
public sealed record RuleSettings
{
    public required int LicenceTermMonths { get; init; }
    public required int RenewalWindowDays { get; init; }
    public required IReadOnlyList<int> LicenceExpiryReminderDays { get; init; }
    public required int DocumentMaxBytes { get; init; }
    public required int InspectionFrequencyMonths { get; init; }
    public required int InspectionNoticeDays { get; init; }
    public required IReadOnlyList<int> InspectorReminderDays { get; init; }
    public required int InspectionMaxPerInspectorPerDay { get; init; }
    public required int InspectionTeamSize { get; init; }
    public required int CorrectiveActionDays { get; init; }
    public required int CorrectiveActionReminderDays { get; init; }
    public required string ChiefInspectorEmail { get; init; }
    public required int EvaluationCycleMonths { get; init; }
    public required BandThresholds EvaluationBandThresholds { get; init; }
    public required string EvaluationSecretariatEmail { get; init; }
    public required int ComplaintAcknowledgementWorkingDays { get; init; }
    public required int ComplaintResolutionDays { get; init; }
    public required int ComplaintAgencyAnswerDays { get; init; }
    public required int ComplaintSecondEscalationDays { get; init; }
    public required int ComplaintReopenDays { get; init; }
    public required string ComplaintMinistryEmail { get; init; }
    public required string ComplaintInteriorEmail { get; init; }
    public required int DisappearanceAcknowledgementMinutes { get; init; }
    public required int DisappearanceLateReportHours { get; init; }
    public required int DisappearanceAgencyUpdateHours { get; init; }
    public required int DisappearanceReferralDays { get; init; }
    public required string InteriorDutyEmail { get; init; }
    public required string MinistryDutyEmail { get; init; }
    public required decimal? MaximumRecruitmentFeeUsd { get; init; }
    public required int MinimumDepartureAge { get; init; }
    public required int PassportValidityMonths { get; init; }
    public required int MedicalCheckValidityDays { get; init; }
    public required int DepartureClearanceValidityDays { get; init; }
    public required int AppealDays { get; init; }
    public required int OutboxMaxAttempts { get; init; }
    public required bool RequireTwoFactorForStaff { get; init; }
    public required string PublicHotline { get; init; }

    /// <summary>Reads each setting through <paramref name="value"/>, which answers a key with its stored text.</summary>
    public static RuleSettings From(Func<string, string> value)
    {
        var read = new Reader(value);
        return new RuleSettings
        {
            LicenceTermMonths = read.Int(SettingCatalog.LicenceTermMonths),
            RenewalWindowDays = read.Int(SettingCatalog.RenewalWindowDays),
            LicenceExpiryReminderDays = read.Ints(SettingCatalog.LicenceExpiryReminderDays),
            DocumentMaxBytes = read.Int(SettingCatalog.DocumentMaxBytes),
            InspectionFrequencyMonths = read.Int(SettingCatalog.InspectionFrequencyMonths),
            InspectionNoticeDays = read.Int(SettingCatalog.InspectionNoticeDays),
            InspectorReminderDays = read.Ints(SettingCatalog.InspectorReminderDays),
            InspectionMaxPerInspectorPerDay = read.Int(SettingCatalog.InspectionMaxPerInspectorPerDay),
            InspectionTeamSize = read.Int(SettingCatalog.InspectionTeamSize),
            CorrectiveActionDays = read.Int(SettingCatalog.CorrectiveActionDays),
            CorrectiveActionReminderDays = read.Int(SettingCatalog.CorrectiveActionReminderDays),
            ChiefInspectorEmail = read.Text(SettingCatalog.ChiefInspectorEmail),
            EvaluationCycleMonths = read.Int(SettingCatalog.EvaluationCycleMonths),
            EvaluationBandThresholds = BandThresholds.Parse(read.Text(SettingCatalog.EvaluationBandThresholds)),
            EvaluationSecretariatEmail = read.Text(SettingCatalog.EvaluationSecretariatEmail),
            ComplaintAcknowledgementWorkingDays = read.Int(SettingCatalog.ComplaintAcknowledgementWorkingDays),
            ComplaintResolutionDays = read.Int(SettingCatalog.ComplaintResolutionDays),
            ComplaintAgencyAnswerDays = read.Int(SettingCatalog.ComplaintAgencyAnswerDays),
            ComplaintSecondEscalationDays = read.Int(SettingCatalog.ComplaintSecondEscalationDays),
            ComplaintReopenDays = read.Int(SettingCatalog.ComplaintReopenDays),
            ComplaintMinistryEmail = read.Text(SettingCatalog.ComplaintMinistryEmail),
            ComplaintInteriorEmail = read.Text(SettingCatalog.ComplaintInteriorEmail),
            DisappearanceAcknowledgementMinutes = read.Int(SettingCatalog.DisappearanceAcknowledgementMinutes),
            DisappearanceLateReportHours = read.Int(SettingCatalog.DisappearanceLateReportHours),
            DisappearanceAgencyUpdateHours = read.Int(SettingCatalog.DisappearanceAgencyUpdateHours),
            DisappearanceReferralDays = read.Int(SettingCatalog.DisappearanceReferralDays),
            InteriorDutyEmail = read.Text(SettingCatalog.InteriorDutyEmail),
            MinistryDutyEmail = read.Text(SettingCatalog.MinistryDutyEmail),
            MaximumRecruitmentFeeUsd = read.OptionalMoney(SettingCatalog.MaximumRecruitmentFeeUsd),
            MinimumDepartureAge = read.Int(SettingCatalog.MinimumDepartureAge),
            PassportValidityMonths = read.Int(SettingCatalog.PassportValidityMonths),
            MedicalCheckValidityDays = read.Int(SettingCatalog.MedicalCheckValidityDays),
            DepartureClearanceValidityDays = read.Int(SettingCatalog.DepartureClearanceValidityDays),
            AppealDays = read.Int(SettingCatalog.AppealDays),
            OutboxMaxAttempts = read.Int(SettingCatalog.OutboxMaxAttempts),
            RequireTwoFactorForStaff = read.YesNo(SettingCatalog.RequireTwoFactorForStaff),
            PublicHotline = read.Text(SettingCatalog.PublicHotline),
        };
    }

    /// <summary>From stored values by key; a key not stored falls back to its catalogued default.</summary>
    public static RuleSettings From(IReadOnlyDictionary<string, string> stored) =>
        From(key => stored.TryGetValue(key, out var value) ? value
            : SettingCatalog.Find(key)?.Default ?? throw new InvalidOperationException($"No setting '{key}' is catalogued."));

    private sealed class Reader(Func<string, string> value)
    {
        public string Text(string key) => value(key);

        public int Int(string key) => int.Parse(value(key), CultureInfo.InvariantCulture);

        public IReadOnlyList<int> Ints(string key) =>
            value(key).Split(',').Select(d => int.Parse(d.Trim(), CultureInfo.InvariantCulture)).Order().ToList();

        public decimal? OptionalMoney(string key) =>
            value(key) is { Length: > 0 } money ? decimal.Parse(money, CultureInfo.InvariantCulture) : null;

        public bool YesNo(string key) => value(key) == "yes";
    }
}
