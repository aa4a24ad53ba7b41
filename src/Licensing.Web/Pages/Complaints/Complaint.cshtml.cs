using Licensing.Application.Complaints;
using Licensing.Application.Texts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web.Pages.Complaints;

/// <summary>One complaint for an officer: the whole record (its reading is audited) and, for its handler, every next move.</summary>
public sealed class ComplaintModel(
    GetComplaint.Handler get, MoveComplaint.Handler move, WriteOnComplaint.Handler write, AssignComplaint.Handler assign, ListComplaintOfficers.Handler officers,
    ResolveComplaint.Handler resolve, ReferComplaint.Handler refer, DismissComplaint.Handler dismiss, RecordSettlementHonoured.Handler honoured,
    OpenComplaintInspection.Handler inspect, ProposeComplaintSanction.Handler propose) : PageModel
{
    public GetComplaint.Detail Complaint { get; private set; } = null!;
    public IReadOnlyList<ListComplaintOfficers.Officer> Officers { get; private set; } = [];

    // The handling forms' fields, for asp-for: each post binds its own form as a handler parameter of the same name,
    // and a refused post shows what was typed from ModelState.
    public MoveComplaint.Command? Step { get; }
    public WriteOnComplaint.Command? Entry { get; }
    public AssignComplaint.Command? Assignment { get; }
    public ResolveComplaint.Command? Resolution { get; }
    public ReferComplaint.Command? Referral { get; }
    public DismissComplaint.Command? Dismissal { get; }
    public RecordSettlementHonoured.Command? Settlement { get; }
    public OpenComplaintInspection.Command? Inspection { get; }
    public ProposeComplaintSanction.Command? Sanction { get; }

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostStepAsync(Guid id, MoveComplaint.Command step, CancellationToken ct) =>
        ActAsync(id, () => move.HandleAsync(id, step, ct), Catalogue.Say(Keys.Done), ct);

    public Task<IActionResult> OnPostWriteAsync(Guid id, WriteOnComplaint.Command entry, CancellationToken ct) =>
        ActAsync(id, () => write.HandleAsync(id, entry, ct), Catalogue.Say(Keys.Written), ct);

    public Task<IActionResult> OnPostAssignAsync(Guid id, AssignComplaint.Command assignment, CancellationToken ct) =>
        ActAsync(id, () => assign.HandleAsync(id, assignment, ct), Catalogue.Say(Keys.Assigned), ct);

    public Task<IActionResult> OnPostResolveAsync(Guid id, ResolveComplaint.Command resolution, CancellationToken ct) =>
        ActAsync(id, () => resolve.HandleAsync(id, resolution, ct), Catalogue.Say(Keys.Resolved), ct);

    public Task<IActionResult> OnPostReferAsync(Guid id, ReferComplaint.Command referral, CancellationToken ct) =>
        ActAsync(id, () => refer.HandleAsync(id, referral, ct), Catalogue.Say(Keys.Referred), ct);

    public Task<IActionResult> OnPostDismissAsync(Guid id, DismissComplaint.Command dismissal, CancellationToken ct) =>
        ActAsync(id, () => dismiss.HandleAsync(id, dismissal, ct), Catalogue.Say(Keys.Dismissed), ct);

    public Task<IActionResult> OnPostHonouredAsync(Guid id, RecordSettlementHonoured.Command settlement, CancellationToken ct) =>
        ActAsync(id, () => honoured.HandleAsync(id, settlement, ct), Catalogue.Say(Keys.Recorded), ct);

    public Task<IActionResult> OnPostInspectionAsync(Guid id, OpenComplaintInspection.Command inspection, CancellationToken ct) =>
        ActAsync(id, () => inspect.HandleAsync(id, inspection, ct), Catalogue.Say(Keys.SpecialInspectionOpened), ct);

    public Task<IActionResult> OnPostSanctionAsync(Guid id, ProposeComplaintSanction.Command sanction, CancellationToken ct) =>
        ActAsync(id, () => propose.HandleAsync(id, sanction, ct), Catalogue.Say(Keys.SanctionProposed), ct);

    private Task<IActionResult> ActAsync(Guid id, Func<Task> action, string notice, CancellationToken cancellationToken) =>
        this.RunOrShowErrorsAsync(action, notice, new { id }, () => LoadAsync(id, cancellationToken));

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Complaint = await get.HandleAsync(id, cancellationToken);
        if (Complaint.CanHandle && Complaint.Status is not (Domain.Complaints.ComplaintStatus.Closed)) Officers = await officers.HandleAsync(id, cancellationToken);
    }
}
