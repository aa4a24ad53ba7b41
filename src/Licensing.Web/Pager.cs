using Licensing.Application.Common;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web;

/// <summary>
/// The state of a paged list for the _Pager partial: its links go to <paramref name="PagePath"/> with the page's
/// <paramref name="Filter"/>, so that paging keeps what the list was filtered by. With
/// <paramref name="TotalIsLowerBound"/>, the list goes on past <paramref name="Total"/>.
/// </summary>
public sealed record PagerModel(string PagePath, IDictionary<string, string> Filter, int PageNumber, int PageSize, int Total, bool TotalIsLowerBound = false)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public static PagerModel For<T>(PageModel page, Page<T> list) =>
        new(page.PageContext.ActionDescriptor.ViewEnginePath, page.Filter(), list.PageNumber, list.PageSize, list.Total, list.TotalIsLowerBound);
}
