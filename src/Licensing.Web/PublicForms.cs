namespace Licensing.Web;

/// <summary>
/// The rate-limit budgets of the public forms, one per form and client address: a migrant who
/// searched the register a few times can still file a complaint. Pages and their API endpoints share a form's budget.
/// </summary>
public static class PublicForms
{
    public const string Verification = "public-verification";
    public const string ComplaintFiling = "public-complaint-filing";
    public const string ComplaintTracking = "public-complaint-tracking";
    public const string MissingReport = "public-missing-report";
    public const string MissingTracking = "public-missing-tracking";
    public const string AccountRecovery = "public-account-recovery";

    public static readonly IReadOnlyList<string> All = [Verification, ComplaintFiling, ComplaintTracking, MissingReport, MissingTracking, AccountRecovery];
}
