using Licensing.Application.Common;
using Licensing.Application.Licences;
using Licensing.Application.ReferenceData;
using Licensing.Domain.Licences;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Officer;

public sealed class LicencesModel(ListLicences.Handler handler, ListReferenceData.Handler reference) : PageModel
{
    [BindProperty(SupportsGet = true)] public LicenceStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true)] public int? ExpiringWithinDays { get; set; }
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }

    public Page<ListLicences.Item> Register { get; private set; } = null!;
    public IReadOnlyList<ListReferenceData.NamedItem> Provinces { get; private set; } = [];

    public async Task OnGetAsync(int? pageNumber, CancellationToken cancellationToken)
    {
        Register = await handler.HandleAsync(new ListLicences.Query(Status, Province, ExpiringWithinDays, Search, pageNumber, 50), cancellationToken);
        Provinces = await reference.ProvincesAsync(cancellationToken);
    }
}
