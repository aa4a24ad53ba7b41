using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

/// <summary>The public complaint form and, once sent, the receipt with the code and PIN.</summary>
public sealed class ComplaintFormPage(IPage page) : Layout(page)
{
    public async Task FillWorkerAsync(string name, string phone, string provinceCode)
    {
        await Page.Locator("#Complaint_WorkerName").FillAsync(name);
        await Page.Locator("#Complaint_Phone").FillAsync(phone);
        await Page.Locator("#Complaint_ProvinceCode").SelectOptionAsync(provinceCode);
    }

    public async Task FindAgencyAsync(string text)
    {
        await Page.Locator("#AgencyQuery").FillAsync(text);
        await Page.Locator("form.complaint-form .search-row button").ClickAsync();
    }

    public ILocator AgencyChoices => Page.Locator("input[name='Complaint.AgencyId']");

    public ILocator WhatHappened => Page.Locator("#Complaint_WhatHappened");

    public ILocator WorkerName => Page.Locator("#Complaint_WorkerName");

    public Task ChooseCategoryAsync(string category) => Page.Locator("#Complaint_Category").SelectOptionAsync(category);

    public Task SendAsync() => Page.Locator("form.complaint-form > button.button").ClickAsync();

    public ILocator Evidence => Page.Locator("#Evidence");

    /// <summary>The hidden fields a replayed post needs: the antiforgery token and the one-time form token.</summary>
    public async Task<(string Antiforgery, string FormToken)> HiddenTokensAsync() => (
        await Page.Locator("form.complaint-form input[name='__RequestVerificationToken']").InputValueAsync(),
        await Page.Locator("form.complaint-form input[name='FormToken']").InputValueAsync());

    public ILocator SmsSent => Page.Locator(".receipt .sms-sent");

    public ILocator NoSms => Page.Locator(".receipt .no-sms");

    public ILocator TrackingCode => Page.Locator(".receipt .code").First;

    public ILocator Pin => Page.Locator(".receipt .pin");
}
