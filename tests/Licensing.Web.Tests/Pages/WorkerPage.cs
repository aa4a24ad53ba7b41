using Microsoft.Playwright;

namespace Licensing.Web.Tests.Pages;

/// <summary>/workers/{id}: the record, the gate, the step forms and the timeline.</summary>
public sealed class WorkerPage(IPage page) : Layout(page)
{
    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd");

    public ILocator Status => Page.Locator(".deployment-status").First;
    public ILocator MissingConditions => Page.Locator(".gate li");
    public ILocator Ready => Page.Locator(".gate-ready");
    public ILocator Timeline => Page.Locator(".worker-timeline");
    public ILocator Identity => Page.Locator("dd.identity").First;
    public ILocator ValidClearance => Page.Locator(".clearance-valid");
    public ILocator Clearances => Page.Locator(".clearances li");

    public async Task RecordMedicalAsync(DateOnly on, string clinic)
    {
        await Page.Locator("#Medical_ExaminedOn").FillAsync(Day(on));
        await Page.Locator("#Medical_Clinic").FillAsync(clinic);
        await Page.Locator("#Medical_PhysicallyFit").CheckAsync();
        await Page.Locator("#Medical_MentallyFit").CheckAsync();
        await SubmitAsync("Medical");
    }

    public async Task RecordOrientationAsync(DateOnly on, int hours)
    {
        await Page.Locator("#Training_CompletedOn").FillAsync(Day(on));
        await Page.Locator("#Training_Hours").FillAsync(hours.ToString());
        foreach (var topic in await Page.Locator("#step-orientation input[type=checkbox]").AllAsync()) await topic.CheckAsync();
        await SubmitAsync("Orientation");
    }

    public async Task RecordContractAsync(DateOnly signedOn, string signedCopy)
    {
        await Page.Locator("#Contract_SignedOn").FillAsync(Day(signedOn));
        foreach (var clause in await Page.Locator("#step-contract input[type=checkbox]").AllAsync()) await clause.CheckAsync();
        await SubmitAsync("Contract");
        await Page.Locator("#contract-file").SetInputFilesAsync(signedCopy);
        await SubmitAsync("ContractFile");
    }

    public async Task RecordTravelDocumentsAsync(string passport, DateOnly today)
    {
        await Page.Locator("#Travel_PassportNumber").FillAsync(passport);
        await Page.Locator("#Travel_PassportIssuedOn").FillAsync(Day(today.AddYears(-1)));
        await Page.Locator("#Travel_PassportExpiresOn").FillAsync(Day(today.AddYears(9)));
        await Page.Locator("#Travel_VisaNumber").FillAsync("V-" + passport);
        await Page.Locator("#Travel_VisaIssuedOn").FillAsync(Day(today.AddDays(-7)));
        await Page.Locator("#Travel_VisaExpiresOn").FillAsync(Day(today.AddYears(2)));
        await SubmitAsync("Travel");
    }

    public async Task RecordFeeAsync(string description, decimal amount, DateOnly paidOn, string receipt)
    {
        await Page.Locator("#step-fee summary").ClickAsync();
        await Page.Locator("#Fee_Description").FillAsync(description);
        await Page.Locator("#Fee_AmountUsd").FillAsync(amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Page.Locator("#Fee_PaidOn").FillAsync(Day(paidOn));
        await Page.Locator("#Fee_ReceiptNumber").FillAsync(receipt);
        await SubmitAsync("Fee");
    }

    /// <summary>Asks the system for the departure clearance; returns its number.</summary>
    public async Task<string> RequestClearanceAsync()
    {
        await SubmitAsync("Clearance");
        await Assertions.Expect(ValidClearance).ToBeVisibleAsync();
        return (await Clearances.Last.GetAttributeAsync("data-number"))!;
    }

    public async Task DeployAsync(string departurePoint)
    {
        await Page.Locator("#Departure_DeparturePoint").FillAsync(departurePoint);
        await SubmitAsync("Deploy");
    }

    public Task ConfirmArrivalAsync() => SubmitAsync("Arrival");

    public async Task LogOnSiteServiceAsync(string notes, string problem, string resolution)
    {
        await Page.Locator("#Contact_Notes").FillAsync(notes);
        await Page.Locator("#Contact_Problem").FillAsync(problem);
        await Page.Locator("#Contact_Resolution").FillAsync(resolution);
        await SubmitAsync("OnSite");
    }

    public async Task OpenRepatriationAsync(string reason, string requestedBy, string paidBy)
    {
        await Page.Locator("#step-repatriation summary").ClickAsync();
        await Page.Locator("#Repatriation_Reason").SelectOptionAsync(reason);
        await Page.Locator("#Repatriation_RequestedBy").SelectOptionAsync(requestedBy);
        await Page.Locator("#Repatriation_PaidBy").SelectOptionAsync(paidBy);
        await SubmitAsync("Repatriation");
    }

    public async Task RecordReturnAsync(string outcome)
    {
        await Page.Locator("#step-return summary").ClickAsync();
        await Page.Locator("#Back_Outcome").SelectOptionAsync(outcome);
        await SubmitAsync("Return");
    }

    private Task SubmitAsync(string handler) => Page.Locator($"form[action$='handler={handler}'] button").ClickAsync();
}
