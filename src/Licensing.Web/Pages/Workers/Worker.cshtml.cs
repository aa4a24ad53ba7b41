using Licensing.Application.Abstractions;
using Licensing.Application.Agencies;
using Licensing.Application.Common;
using Licensing.Application.JobOrders;
using Licensing.Application.ReferenceData;
using Licensing.Application.Texts;
using Licensing.Application.Workers;
using Licensing.Domain.Workers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

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
        RunAsync(id, () => h.HandleAsync(id, assign, ct), Catalogue.Say(Keys.AssignedToTheJobOrder), ct);

    public Task<IActionResult> OnPostMedicalAsync(Guid id, [Bind(Prefix = nameof(Medical))] RecordMedicalCheck.Command medical, [FromServices] RecordMedicalCheck.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, medical, ct), Catalogue.Say(Keys.MedicalCheckRecorded), ct);

    public Task<IActionResult> OnPostOrientationAsync(Guid id, [Bind(Prefix = nameof(Training))] RecordOrientation.Command training, [FromServices] RecordOrientation.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, training, ct), Catalogue.Say(Keys.OrientationTrainingRecorded), ct);

    public Task<IActionResult> OnPostContractAsync(Guid id, [Bind(Prefix = nameof(Contract))] RecordContract.Command contract, [FromServices] RecordContract.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, contract, ct), Catalogue.Say(Keys.ContractRecorded), ct);

    public Task<IActionResult> OnPostContractFileAsync(Guid id, [FromForm(Name = nameof(SignedContract))] IFormFile? file, [FromServices] UploadSignedContract.Handler h, CancellationToken ct)
    {
        if (file is null) ModelState.AddModelError("", Catalogue.Say(Keys.ChooseAFileToUpload));
        return RunAsync(id, async () =>
        {
            await using var content = file!.OpenReadStream();
            await h.HandleAsync(id, content, file.FileName, ct);
        }, Catalogue.Say(Keys.SignedContractUploaded), ct);
    }

    public Task<IActionResult> OnPostTravelAsync(Guid id, [Bind(Prefix = nameof(Travel))] RecordTravelDocuments.Command travel, [FromServices] RecordTravelDocuments.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, travel, ct), Catalogue.Say(Keys.PassportAndVisaRecorded), ct);

    public Task<IActionResult> OnPostFeeAsync(Guid id, [Bind(Prefix = nameof(Fee))] RecordFee.Command fee, [FromServices] RecordFee.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, fee, ct), Catalogue.Say(Keys.FeeRecorded), ct);

    public Task<IActionResult> OnPostClearanceAsync(Guid id, [FromServices] RequestClearance.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, ct), Catalogue.Say(Keys.DepartureClearanceIssued), ct);

    public Task<IActionResult> OnPostDeployAsync(Guid id, [Bind(Prefix = nameof(Departure))] DeployWorker.Command departure, [FromServices] DeployWorker.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.DeployAsync(id, departure, ct), Catalogue.Say(Keys.TheWorkerHasDeparted), ct);

    public Task<IActionResult> OnPostArrivalAsync(Guid id, [Bind(Prefix = nameof(Arrival))] ConfirmArrival.Command arrival, [FromServices] ConfirmArrival.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, arrival, ct), Catalogue.Say(Keys.ArrivalConfirmed), ct);

    public Task<IActionResult> OnPostOnSiteAsync(Guid id, [Bind(Prefix = nameof(Contact))] LogOnSiteService.Command contact, [FromServices] LogOnSiteService.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, contact, ct), Catalogue.Say(Keys.ContactLogged), ct);

    public Task<IActionResult> OnPostRepatriationAsync(Guid id, [Bind(Prefix = nameof(Repatriation))] OpenRepatriation.Command repatriation, [FromServices] OpenRepatriation.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, repatriation, ct), Catalogue.Say(Keys.RepatriationCaseOpened), ct);

    public Task<IActionResult> OnPostRepatriationUpdateAsync(Guid id, Guid caseId, [Bind(Prefix = nameof(Update))] UpdateRepatriation.Command update, [FromServices] UpdateRepatriation.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, caseId, update, ct), Catalogue.Say(Keys.RepatriationCaseUpdated), ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, [Bind(Prefix = nameof(Back))] RecordReturn.Command back, [FromServices] RecordReturn.Handler h, CancellationToken ct) =>
        RunAsync(id, () => h.HandleAsync(id, back, ct), Catalogue.Say(Keys.ReturnRecorded), ct);

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
