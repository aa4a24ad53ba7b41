using Licensing.Application.Abstractions;
using Licensing.Application.Agencies;
using Licensing.Application.Common;
using Licensing.Application.JobOrders;
using Licensing.Application.ReferenceData;
using Licensing.Application.Workers;
using Licensing.Domain.Workers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Workers;

/// <summary>
/// A worker's whole record and timeline on one page. The worker's agency records each step of
/// the open deployment here; everyone else in scope reads it. Each step's form is a property that asp-for
/// names and shows (prefilled from the record); its handler binds only that form, by the property's name.
/// </summary>
public sealed partial class WorkerModel(
    GetWorker.Handler get, ICurrentUser user, ListReferenceData.Handler reference, GetAgency.Handler agencies,
    ManageContractClauses.Handler clauses, ListJobOrders.Handler jobOrders, BusinessCalendar calendar) : PageModel
{
    public GetWorker.Detail Worker { get; private set; } = null!;
    public IReadOnlyList<ListReferenceData.NamedItem> Provinces { get; private set; } = [];
    public IReadOnlyList<GetAgency.Site> TrainingCentres { get; private set; } = [];
    public IReadOnlyList<ManageContractClauses.Item> Clauses { get; private set; } = [];
    public IReadOnlyList<ListJobOrders.Item> JobOrders { get; private set; } = [];

    public bool CanRecord => user.AgencyId is { } agency && agency == Worker.AgencyId;
    public GetWorker.DeploymentView? Open => Worker.Deployments.LastOrDefault(d => d.Status != DeploymentStatus.Returned);

    public Task OnGetAsync(Guid id, CancellationToken ct) => LoadAsync(id, ct);

    public Task<IActionResult> OnPostAssignAsync(Guid id, [Bind(Prefix = nameof(Assign))] StartDeployment.Command assign, [FromServices] StartDeployment.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, assign, ct), Text.Pick("Assigned to the job order.", "បានចាត់ទៅសំណើជ្រើសរើសពលករ។"), ct);

    public Task<IActionResult> OnPostMedicalAsync(Guid id, [Bind(Prefix = nameof(Medical))] RecordMedicalCheck.Command medical, [FromServices] RecordMedicalCheck.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, medical, ct), Text.Pick("Medical check recorded.", "ការពិនិត្យសុខភាពត្រូវបានកត់ត្រា។"), ct);

    public Task<IActionResult> OnPostOrientationAsync(Guid id, [Bind(Prefix = nameof(Training))] RecordOrientation.Command training, [FromServices] RecordOrientation.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, training, ct), Text.Pick("Orientation training recorded.", "វគ្គបណ្តុះបណ្តាលតម្រង់ទិសត្រូវបានកត់ត្រា។"), ct);

    public Task<IActionResult> OnPostContractAsync(Guid id, [Bind(Prefix = nameof(Contract))] RecordContract.Command contract, [FromServices] RecordContract.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, contract, ct), Text.Pick("Contract recorded.", "កិច្ចសន្យាត្រូវបានកត់ត្រា។"), ct);

    public Task<IActionResult> OnPostContractFileAsync(Guid id, IFormFile? file, [FromServices] UploadSignedContract.Handler h, CancellationToken ct)
    {
        if (file is null) ModelState.AddModelError("", Text.Pick("Choose a file to upload.", "សូមជ្រើសរើសឯកសារដើម្បីផ្ទុកឡើង។"));
        return RunAsync(id, async () =>
        {
            await using var content = file!.OpenReadStream();
            await h.HandleAsync(id, content, file.FileName, ct);
        }, Text.Pick("Signed contract uploaded.", "កិច្ចសន្យាដែលបានចុះហត្ថលេខាត្រូវបានផ្ទុកឡើង។"), ct);
    }

    public Task<IActionResult> OnPostTravelAsync(Guid id, [Bind(Prefix = nameof(Travel))] RecordTravelDocuments.Command travel, [FromServices] RecordTravelDocuments.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, travel, ct), Text.Pick("Passport and visa recorded.", "លិខិតឆ្លងដែន និងទិដ្ឋាការត្រូវបានកត់ត្រា។"), ct);

    public Task<IActionResult> OnPostFeeAsync(Guid id, [Bind(Prefix = nameof(Fee))] RecordFee.Command fee, [FromServices] RecordFee.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, fee, ct), Text.Pick("Fee recorded.", "ថ្លៃសេវាត្រូវបានកត់ត្រា។"), ct);

    public Task<IActionResult> OnPostClearanceAsync(Guid id, [FromServices] RequestClearance.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, ct), Text.Pick("Departure clearance issued.", "លិខិតអនុញ្ញាតចេញដំណើរត្រូវបានចេញ។"), ct);

    public Task<IActionResult> OnPostDeployAsync(Guid id, [Bind(Prefix = nameof(Departure))] DeployWorker.Command departure, [FromServices] DeployWorker.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.DeployAsync(id, departure, ct), Text.Pick("The worker has departed.", "ពលករបានចេញដំណើរ។"), ct);

    public Task<IActionResult> OnPostArrivalAsync(Guid id, [Bind(Prefix = nameof(Arrival))] ConfirmArrival.Command arrival, [FromServices] ConfirmArrival.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, arrival, ct), Text.Pick("Arrival confirmed.", "ការមកដល់ត្រូវបានបញ្ជាក់។"), ct);

    public Task<IActionResult> OnPostOnSiteAsync(Guid id, [Bind(Prefix = nameof(Contact))] LogOnSiteService.Command contact, [FromServices] LogOnSiteService.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, contact, ct), Text.Pick("Contact logged.", "ការទំនាក់ទំនងត្រូវបានកត់ត្រា។"), ct);

    public Task<IActionResult> OnPostRepatriationAsync(Guid id, [Bind(Prefix = nameof(Repatriation))] OpenRepatriation.Command repatriation, [FromServices] OpenRepatriation.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, repatriation, ct), Text.Pick("Repatriation case opened.", "ករណីធ្វើមាតុភូមិនិវត្តន៍ត្រូវបានបើក។"), ct);

    public Task<IActionResult> OnPostRepatriationUpdateAsync(Guid id, Guid caseId, [Bind(Prefix = nameof(Update))] UpdateRepatriation.Command update, [FromServices] UpdateRepatriation.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, caseId, update, ct), Text.Pick("Repatriation case updated.", "ករណីធ្វើមាតុភូមិនិវត្តន៍ត្រូវបានធ្វើបច្ចុប្បន្នភាព។"), ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, [Bind(Prefix = nameof(Back))] RecordReturn.Command back, [FromServices] RecordReturn.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, back, ct), Text.Pick("Return recorded.", "ការវិលត្រឡប់ត្រូវបានកត់ត្រា។"), ct);

    private Task<IActionResult> RunAsync(Guid id, Func<Task> action, string notice, CancellationToken ct) =>
        this.RunOrShowErrorsAsync(action, notice, new { id }, () => LoadAsync(id, ct));

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Worker = await get.HandleAsync(id, ct);
        Provinces = await reference.ProvincesAsync(ct);
        if (!CanRecord) return;
        PrefillForms(calendar.Today);
        TrainingCentres = (await agencies.HandleAsync(Worker.AgencyId, ct)).TrainingCentres;
        Clauses = await clauses.ListAsync(activeOnly: true, ct);
        JobOrders = (await jobOrders.HandleAsync(new ListJobOrders.Query(null, 1, 200), ct)).Items
            .Where(o => o.Status != JobOrderStatus.Rejected && o.WorkersAssigned < o.WorkersRequested).ToList();
    }
}
