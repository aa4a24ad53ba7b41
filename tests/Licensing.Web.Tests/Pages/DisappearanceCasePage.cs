using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

/// <summary>/disappearances/{id}: the facts, each recipient's timeline, the updates and the actions.</summary>
public sealed class DisappearanceCasePage(IPage page) : Layout(page)
{
    public ILocator Recipient(string bodyKey) => Page.Locator($".recipient[data-body='{bodyKey}']");
    public ILocator Acknowledgement(string bodyKey) => Recipient(bodyKey).Locator(".acknowledged");
    public ILocator Updates => Page.Locator(".case-updates");
    public ILocator LateBadge => Page.Locator("h1 + .badges .badge-late");

    public ILocator Status => Page.Locator("h1 + .badges .status");
    public ILocator UnverifiedBadge => Page.Locator("h1 + .badges .badge-unverified");

    public ILocator Facts => Page.Locator(".case-facts").First;

    public async Task ConfirmAsync(DateTime learnedPhnomPenhTime, string answer)
    {
        await Page.Locator("#Answer_Confirmed").CheckAsync();
        await Page.Locator("#Answer_LearnedAt").FillAsync(learnedPhnomPenhTime.ToString("yyyy-MM-ddTHH:mm"));
        await Page.Locator("#Answer_Text").FillAsync(answer);
        await Page.Locator("form[action$='handler=Respond'] button").ClickAsync();
    }

    public Task VerifyAsync() => Page.Locator("form[action$='handler=Verify'] button").ClickAsync();

    public async Task ResolveAsync(string outcome, string note)
    {
        await Page.Locator(".action-resolve summary").ClickAsync();
        await Page.Locator("#Resolution_Resolution").SelectOptionAsync(outcome);
        await Page.Locator("#Resolution_Note").FillAsync(note);
        await Page.Locator("form[action$='handler=Resolve'] button").ClickAsync();
        await ConfirmAsync();
    }

    public async Task PostUpdateAsync(string text)
    {
        await Page.Locator("#Update_Text").FillAsync(text);
        await Page.Locator("form[action$='handler=Update'] button").ClickAsync();
    }
}
