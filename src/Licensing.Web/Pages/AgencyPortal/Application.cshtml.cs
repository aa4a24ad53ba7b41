using Licensing.Application.Applications;
using Licensing.Application.Texts;
using Licensing.Domain.Applications;
using Licensing.Web.Confirmations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web.Pages.AgencyPortal;

/// <summary>The agency fills in, documents, submits, answers and follows one application.</summary>
public sealed class ApplicationModel(
    GetApplication.Handler get, FillApplication.Handler fill, UploadApplicationDocument.Handler upload,
    SubmitApplication.Handler submit, WithdrawApplication.Handler withdraw) : PageModel
{
    public GetApplication.Detail Application { get; private set; } = null!;

    public bool IsOpen => LicenceApplication.OpenStatuses.Contains(Application.Status);

    public FillApplication.Command Details { get; private set; } = null!;

    /// <summary>The upload form: which required document, and its file.</summary>
    [BindProperty]
    public string? RequirementCode { get; set; }

    [BindProperty]
    public IFormFile? Document { get; set; }

    /// <summary>The submission's message to the officer.</summary>
    [BindProperty]
    public string? Message { get; set; }

    public WithdrawApplication.Command Withdrawal => new("");

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostDetailsAsync(Guid id, [Bind(Prefix = nameof(Details))] FillApplication.Command details, CancellationToken cancellationToken) =>
        RunAsync(id, () => fill.HandleAsync(id, details, cancellationToken), Catalogue.Say(Keys.DetailsSaved), cancellationToken);

    public Task<IActionResult> OnPostUploadAsync(Guid id, CancellationToken cancellationToken)
    {
        var file = Document;
        if (file is null)
        {
            ModelState.AddModelError("", Catalogue.Say(Keys.ChooseAFileToUpload));
        }
        return RunAsync(id, async () =>
        {
            await using var content = file!.OpenReadStream();
            await upload.HandleAsync(id, RequirementCode ?? "", content, file.FileName, cancellationToken);
        }, Catalogue.Say(Keys.DocumentUploaded), cancellationToken);
    }

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, () => submit.HandleAsync(id, new SubmitApplication.Command(Message), cancellationToken),
            Catalogue.Say(Keys.SubmittedTheMinistryWillReviewYour), cancellationToken);

    [ConfirmFirst(Confirmation.WithdrawApplication)]
    public Task<IActionResult> OnPostWithdrawAsync(Guid id, [Bind(Prefix = nameof(Withdrawal))] WithdrawApplication.Command withdrawal, CancellationToken cancellationToken) =>
        RunAsync(id, () => withdraw.HandleAsync(id, withdrawal, cancellationToken), Catalogue.Say(Keys.TheApplicationIsWithdrawnTheMinistry), cancellationToken);

    /// <remarks>A refused details form shows what was typed: asp-for reads it back from ModelState.</remarks>
    private Task<IActionResult> RunAsync(Guid id, Func<Task> action, string notice, CancellationToken cancellationToken) =>
        this.RunOrShowErrorsAsync(action, notice, new { id }, () => LoadAsync(id, cancellationToken));

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Application = await get.HandleAsync(id, cancellationToken);
        var d = Application.Details;
        Details = new FillApplication.Command(
            ContactPerson: d.ContactPerson, ContactPhone: d.ContactPhone, DestinationCountries: d.DestinationCountries,
            FinancialGuaranteeUsd: d.FinancialGuaranteeUsd, Statement: d.Statement);
    }
}
