using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

/// <summary>/alerts: the officers' dashboard of open cases and live alerts.</summary>
public sealed class AlertsPage(IPage page) : Layout(page)
{
    public async Task<AlertsPage> OpenAsync()
    {
        await Page.GotoAsync("/alerts");
        return this;
    }

    public ILocator Banner => Page.Locator("#alert-banner");
    public ILocator LiveStatus => Page.Locator("#live-status");
    public ILocator SoundButton => Page.Locator("#sound-toggle");
    public ILocator Case(Guid id) => Page.Locator($".alert-case[data-case-id='{id}']");

    /// <summary>Waits until the stream is open, so that what follows arrives live.</summary>
    public async Task WaitUntilLiveAsync()
    {
        var live = await LiveStatus.GetAttributeAsync("data-live");
        await Assertions.Expect(LiveStatus).ToHaveTextAsync(live!);
    }

    public Task AcknowledgeAsync(Guid id) => Case(id).Locator("form.acknowledge button").ClickAsync();

    public Task OpenCaseAsync(Guid id) => Case(id).Locator("h3 a").ClickAsync();
}
