namespace Licensing.Domain.Complaints;

/// <summary>
/// Who handles a new complaint: MLVT central when the complainant asks for it or when the category
/// may mean trafficking (abuse, deception), otherwise the PDLVT of the complainant's province.
/// </summary>
public static class ComplaintRouting
{
    public static ComplaintDesk DeskFor(ComplaintCategory category, bool ministryRequested) =>
        ministryRequested || category is ComplaintCategory.AbuseOrViolence or ComplaintCategory.JobDeception
            ? ComplaintDesk.Ministry
            : ComplaintDesk.Province;
}
