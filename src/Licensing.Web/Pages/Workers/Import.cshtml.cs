using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Application.Workers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web.Pages.Workers;

/// <summary>The agency imports workers from a CSV file and reads the report, row by row.</summary>
[RequestSizeLimit(ImportWorkers.MaxBytes + UploadOverhead)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportWorkers.MaxBytes + UploadOverhead)]
public sealed class ImportModel(ImportWorkers.Handler import) : PageModel
{
    /// <summary>Room for the form's other fields and boundaries, so a file of the largest size is still received.</summary>
    private const int UploadOverhead = 64 * 1024;

    public ImportWorkers.Report? Report { get; private set; }

    [BindProperty]
    public IFormFile? Csv { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var file = Csv;
        if (file is null) ModelState.AddModelError("", Catalogue.Say(Keys.ChooseACSVFileToImport));
        await this.TryAsync(async () =>
        {
            await using var content = file!.OpenReadStream();
            Report = await import.HandleAsync(content, cancellationToken);
        });
        return Page();
    }
}
