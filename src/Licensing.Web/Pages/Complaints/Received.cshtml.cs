using System.Text.Json;
using Licensing.Application.Complaints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Licensing.Web.Pages.Complaints;

/// <summary>
/// Where a filed complaint's form redirects: the code and PIN, carried in the encrypted TempData cookie
/// and kept for a reload in the same browser session; reloading shows them again and files nothing.
/// </summary>
public sealed class ReceivedModel : PageModel
{
    private const string Key = "ComplaintReceipt";

    public FileComplaint.Receipt? Receipt { get; private set; }

    public void OnGet() => Receipt = TempData.Peek(Key) is string json ? JsonSerializer.Deserialize<FileComplaint.Receipt>(json) : null;

    public static IActionResult Show(PageModel form, FileComplaint.Receipt receipt)
    {
        form.TempData[Key] = JsonSerializer.Serialize(receipt);
        return form.RedirectToPage("/Complaints/Received");
    }
}
