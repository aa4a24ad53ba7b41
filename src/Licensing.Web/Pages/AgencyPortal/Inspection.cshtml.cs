using Licensing.Application.Common;
using Licensing.Application.Inspections;
using Licensing.Application.Texts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web.Pages.AgencyPortal;

/// <summary>One of the agency's inspections: its findings, and evidence for each corrective action.</summary>
public sealed class InspectionModel(GetInspection.Handler get, SubmitCorrectiveEvidence.Handler corrective) : PageModel
{
    public GetInspection.Detail Inspection { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => Inspection = await get.HandleAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostEvidenceAsync(Guid id, Guid findingId, string? note, IFormFile? file, CancellationToken cancellationToken)
    {
        var submitted = await this.TryAsync(async () =>
        {
            await using var content = file?.OpenReadStream();
            await corrective.HandleAsync(id, findingId, note ?? "", content, file?.FileName, cancellationToken);
        }, Catalogue.Say(Keys.EvidenceSubmitted));
        if (submitted) return RedirectToPage(new { id });
        Inspection = await get.HandleAsync(id, cancellationToken);
        return Page();
    }
}
