using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Complaints;
using Licensing.Application.Texts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web.Pages.AgencyPortal;

/// <summary>One complaint against the agency, without the complainant's identity unless shared, and the agency's answer.</summary>
public sealed class ComplaintModel(AgencyComplaints.Handler handler, ICurrentUser user) : PageModel
{
    public AgencyComplaints.Detail Complaint { get; private set; } = null!;
    public AgencyComplaints.AnswerCommand Answer { get; } = new(Text: "");

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => Complaint = await handler.GetAsync(user.AgencyId ?? Guid.Empty, id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, [Bind(Prefix = nameof(Answer))] AgencyComplaints.AnswerCommand answer, CancellationToken cancellationToken)
    {
        if (await this.TryAsync(() => handler.AnswerAsync(user.AgencyId ?? Guid.Empty, id, answer, cancellationToken), Catalogue.Say(Keys.AnswerSent)))
        {
            return RedirectToPage(new { id });
        }
        Complaint = await handler.GetAsync(user.AgencyId ?? Guid.Empty, id, cancellationToken);
        return Page();
    }
}
