using Licensing.Application.Complaints;
using Licensing.Application.ReferenceData;
using Licensing.Domain.Complaints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Complaints;

/// <summary>
/// The complaint form, for the public and for officers filing on someone's behalf. Finding the
/// agency is a post of the whole form, so it needs no script and keeps everything typed (and chooses the best match
/// unless one found is already chosen); so does a refused submission.
/// </summary>
public abstract class ComplaintFormModel(FileComplaint.Handler file, FindRespondent.Handler find, ListReferenceData.Handler reference) : PageModel
{
    [BindProperty] public ComplaintForm Complaint { get; set; } = new();
    [BindProperty] public string? AgencyQuery { get; set; }
    [BindProperty] public List<IFormFile> Evidence { get; set; } = [];
    public IReadOnlyList<FindRespondent.Agency> Matches { get; private set; } = [];
    public IReadOnlyList<ListReferenceData.NamedItem> Provinces { get; private set; } = [];

    public abstract IReadOnlyList<FilerRole> FilerRoles { get; }

    public Task OnGetAsync(CancellationToken cancellationToken)
    {
        Complaint.FiledAs = FilerRoles[0];
        return LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostFindAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        await LoadAsync(cancellationToken);
        if (!Matches.Any(m => m.Id == Complaint.AgencyId)) Complaint.AgencyId = Matches.FirstOrDefault()?.Id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var uploads = Evidence.Where(f => f.Length > 0).Select(f => new FileComplaint.EvidenceFile(f.OpenReadStream(), f.FileName)).ToList();
        FileComplaint.Receipt? receipt = null;
        try
        {
            await this.TryAsync(async () => receipt = await file.HandleAsync(Complaint.ToCommand(), uploads, cancellationToken));
        }
        finally
        {
            foreach (var upload in uploads) await upload.Content.DisposeAsync();
        }
        if (receipt is not null) return ReceivedModel.Show(this, receipt);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Provinces = await reference.ProvincesAsync(cancellationToken);
        Matches = await find.HandleAsync(AgencyQuery, cancellationToken);
    }
}
