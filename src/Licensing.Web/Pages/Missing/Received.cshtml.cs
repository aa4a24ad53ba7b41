using System.Text.Json;
using Licensing.Application.Disappearances;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Missing;

/// <summary>
/// Where the family's report redirects: the case number and PIN, carried in the encrypted TempData cookie and kept for a
/// reload in the same browser session; reloading shows them again and reports nothing.
/// </summary>
public sealed class ReceivedModel : PageModel
{
    private const string Key = "MissingReceipt";

    public ReportMissingRelative.Receipt? Receipt { get; private set; }

    public void OnGet() => Receipt = TempData.Peek(Key) is string json ? JsonSerializer.Deserialize<ReportMissingRelative.Receipt>(json) : null;

    public static IActionResult Show(PageModel form, ReportMissingRelative.Receipt receipt)
    {
        form.TempData[Key] = JsonSerializer.Serialize(receipt);
        return form.RedirectToPage("/Missing/Received");
    }
}
