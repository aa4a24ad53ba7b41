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

    /// <summary>One finding's evidence form: what the agency did, and a photo or document.</summary>
    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public IFormFile? Evidence { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => Inspection = await get.HandleAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostEvidenceAsync(Guid id, Guid findingId, CancellationToken cancellationToken)
    {
        var submitted = await this.TryAsync(async () =>
        {
            await using var content = Evidence?.OpenReadStream();
            await corrective.HandleAsync(id, findingId, Note ?? "", content, Evidence?.FileName, cancellationToken);
        }, Catalogue.Say(Keys.EvidenceSubmitted));
        if (submitted) return RedirectToPage(new { id });
        Inspection = await get.HandleAsync(id, cancellationToken);
        return Page();
    }
}
