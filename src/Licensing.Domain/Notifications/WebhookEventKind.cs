namespace Licensing.Domain.Notifications;

/// <summary>The events another system may subscribe to (issue 21); each is the "kind" of a webhook payload.</summary>
public static class WebhookEventKind
{
    public const string LicenceIssued = "licence.issued";
    public const string LicenceRenewed = "licence.renewed";
    public const string LicenceSuspended = "licence.suspended";
    public const string LicenceReinstated = "licence.reinstated";
    public const string LicenceRevoked = "licence.revoked";
    public const string LicenceExpired = "licence.expired";
    public const string LicenceSurrendered = "licence.surrendered";
    public const string SanctionImposed = "sanction.imposed";
    public const string SanctionAppealDecided = "sanction.appeal_decided";
    public const string InspectionCriticalFinding = "inspection.critical_finding";
    public const string DisappearanceReported = "disappearance.reported";
    public const string DisappearanceAcknowledged = "disappearance.acknowledged";
    public const string DisappearanceEscalated = "disappearance.escalated";
    public const string DisappearanceClosed = "disappearance.closed";
    public const string ComplaintFiled = "complaint.filed";
    public const string ComplaintDecided = "complaint.decided";

    public static readonly IReadOnlyList<string> All =
    [
        LicenceIssued, LicenceRenewed, LicenceSuspended, LicenceReinstated, LicenceRevoked, LicenceExpired, LicenceSurrendered,
        SanctionImposed, SanctionAppealDecided, InspectionCriticalFinding,
        DisappearanceReported, DisappearanceAcknowledged, DisappearanceEscalated, DisappearanceClosed,
        ComplaintFiled, ComplaintDecided,
    ];

    public static bool IsDisappearance(string kind) => kind.StartsWith("disappearance.", StringComparison.Ordinal);
}
