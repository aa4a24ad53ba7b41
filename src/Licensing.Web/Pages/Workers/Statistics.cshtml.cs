using FluentValidation;
using Licensing.Application.ReferenceData;
using Licensing.Application.Workers;
using Licensing.Domain.Workers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Workers;

/// <summary>Deployments, returns and repatriations in the user's scope, filtered and grouped, as a table, a bar chart and a CSV file.</summary>
public sealed class StatisticsModel(WorkerStatistics.Handler handler, IValidator<WorkerStatistics.Query> validator, ListReferenceData.Handler reference) : PageModel
{
    [BindProperty(SupportsGet = true)] public WorkerStatistics.Dimension GroupBy { get; set; } = WorkerStatistics.Dimension.Country;
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public Sex? Sex { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sector { get; set; }
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }

    public WorkerStatistics.Result? Result { get; private set; }
    public IReadOnlyList<ListReferenceData.CountryItem> Countries { get; private set; } = [];
    public IReadOnlyList<ListReferenceData.NamedItem> Sectors { get; private set; } = [];
    public IReadOnlyList<ListReferenceData.NamedItem> Provinces { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Countries = await reference.CountriesAsync(cancellationToken);
        Sectors = await reference.SectorsAsync(cancellationToken);
        Provinces = await reference.ProvincesAsync(cancellationToken);
        var query = new WorkerStatistics.Query(GroupBy, Blank(Country), Sex, Blank(Sector), Blank(Province), Blank(From), Blank(To));
        var validation = await validator.ValidateAsync(query, cancellationToken);
        foreach (var error in validation.Errors) ModelState.AddModelError("", error.ErrorMessage);
        if (validation.IsValid) Result = await handler.HandleAsync(query, cancellationToken);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
