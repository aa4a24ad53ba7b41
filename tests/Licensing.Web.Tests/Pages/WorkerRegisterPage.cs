using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

public sealed class WorkerRegisterPage(IPage page) : Layout(page)
{
    public async Task RegisterAsync(string nameKm, string nameLatin, DateOnly born, string nationalId, string provinceCode, string jobOrderText)
    {
        await Page.GotoAsync("/workers/new");
        await Page.Locator("#Worker_NameKm").FillAsync(nameKm);
        await Page.Locator("#Worker_NameLatin").FillAsync(nameLatin);
        await Page.Locator("#Worker_Sex").SelectOptionAsync("Female");
        await Page.Locator("#Worker_DateOfBirth").FillAsync(born.ToString("yyyy-MM-dd"));
        await Page.Locator("#Worker_NationalId").FillAsync(nationalId);
        await Page.Locator("#Worker_Phone").FillAsync("+855 12 345 678");
        await Page.Locator("#Worker_ProvinceCode").SelectOptionAsync(provinceCode);
        await Page.Locator("#Worker_District").FillAsync("Sangkae");
        await Page.Locator("#Worker_Commune").FillAsync("Ta Pon");
        await Page.Locator("#Worker_Village").FillAsync("Ta Pon");
        await Page.Locator("#Worker_EmergencyContactName").FillAsync("Sok Dara");
        await Page.Locator("#Worker_EmergencyContactPhone").FillAsync("+855 12 000 222");
        await Page.Locator("#Worker_JobOrderId").SelectOptionAsync(new SelectOptionValue { Label = jobOrderText });
        await Page.Locator("main form button").ClickAsync();
    }
}
