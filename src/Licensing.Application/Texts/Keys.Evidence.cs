namespace Licensing.Application.Texts;

/// <summary>The catalogue keys of the evidence an evaluation panel reads: its sections and their facts.</summary>
public static partial class Keys
{
    public const string EvidenceCases = "evidence.fact.cases";
    public const string EvidenceComplaints = "evidence.fact.complaints";
    public const string EvidenceCompleted = "evidence.fact.completed";
    public const string EvidenceDeparted = "evidence.fact.departed";
    public const string EvidenceFindingsCritical = "evidence.fact.findings-critical";
    public const string EvidenceFindingsMajor = "evidence.fact.findings-major";
    public const string EvidenceFindingsMinor = "evidence.fact.findings-minor";
    public const string EvidenceFindingsOverdue = "evidence.fact.findings-overdue";
    public const string EvidenceFindingsVerified = "evidence.fact.findings-verified";
    public const string EvidenceInspections = "evidence.fact.inspections";
    public const string EvidenceLate = "evidence.fact.late";
    public const string EvidenceMeanFeesUsd = "evidence.fact.mean-fees-usd";
    public const string EvidenceMedianDays = "evidence.fact.median-days";
    public const string EvidenceMedianDaysToResolve = "evidence.fact.median-days-to-resolve";
    public const string EvidenceMedianHoursToReport = "evidence.fact.median-hours-to-report";
    public const string EvidenceOnSiteContacts = "evidence.fact.on-site-contacts";
    public const string EvidenceOpen = "evidence.fact.open";
    public const string EvidenceOpened = "evidence.fact.opened";
    public const string EvidencePer100Deployed = "evidence.fact.per-100-deployed";
    public const string EvidenceRecruited = "evidence.fact.recruited";
    public const string EvidenceReportedByOthers = "evidence.fact.reported-by-others";
    public const string EvidenceReturned = "evidence.fact.returned";
    public const string EvidenceSectionComplaints = "evidence.section.complaints";
    public const string EvidenceSectionDeployments = "evidence.section.deployments";
    public const string EvidenceSectionDisappearances = "evidence.section.disappearances";
    public const string EvidenceSectionInspections = "evidence.section.inspections";
    public const string EvidenceSectionRepatriations = "evidence.section.repatriations";
    public const string EvidenceUpheld = "evidence.fact.upheld";
}
