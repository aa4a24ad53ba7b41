using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Domain.Calendar;

namespace Licensing.Api.Tests.Support;

/// <summary>The steps of a worker's journey over the API, each asserting that the server accepted it.</summary>
public static class WorkerSteps
{
    public static readonly string[] AllTopics = ["duties", "discipline-skills", "rights-benefits", "workplace-language", "destination-country"];

    public static readonly string[] AllClauses =
        ["parties-job", "wage-payment", "working-hours", "duration", "accommodation-food", "travel-costs", "insurance-medical", "termination-repatriation", "dispute-settlement"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The server's business date (Phnom Penh), which departure clearances and departures are judged on.</summary>
    public static DateOnly LocalToday => PhnomPenh.DateOf(DateTimeOffset.UtcNow);

    /// <summary>A national ID no other test uses.</summary>
    public static string NewNationalId() => Random.Shared.NextInt64(100_000_000_000, 999_999_999_999).ToString();

    public static async Task<Guid> CreateJobOrderAsync(HttpClient staff, string country = "TH", string sector = "construction", int workers = 5)
    {
        var response = await staff.PostAsJsonAsync("/api/v1/job-orders", new
        {
            countryCode = country, employerName = "Fictitious Employer Co., Ltd.", employerAddress = "1 Industrial Road", sectorCode = sector,
            occupation = "General worker", workersRequested = workers, monthlyWage = 400m, currency = "USD", contractMonths = 24,
        }, Ct);
        return await CreatedIdAsync(response);
    }

    public static async Task<Guid> CreateApprovedJobOrderAsync(HttpClient staff, HttpClient officer, string country = "TH", string sector = "construction")
    {
        var id = await CreateJobOrderAsync(staff, country, sector);
        await ExpectAsync(HttpStatusCode.NoContent, officer.PostAsJsonAsync($"/api/v1/job-orders/{id}/approve", new { note = "Employer verified." }, Ct));
        return id;
    }

    public static async Task<Guid> RegisterAsync(
        HttpClient staff, Guid? jobOrderId, string provinceCode = "KH-2", DateOnly? dateOfBirth = null, string? nationalId = null, string sex = "Female")
    {
        var response = await staff.PostAsJsonAsync("/api/v1/workers", new
        {
            nameKm = "សុខ ចន្ទា", nameLatin = "Sok Chanda (fictitious)", sex, dateOfBirth = dateOfBirth ?? Today.AddYears(-24),
            nationalId = nationalId ?? NewNationalId(), passportNumber = (string?)null, provinceCode, district = "Sangkae", commune = "Ta Pon", village = "Ta Pon",
            phone = "+855 12 000 111", emergencyContactName = "Sok Dara", emergencyContactPhone = "+855 12 000 222", jobOrderId,
        }, Ct);
        return await CreatedIdAsync(response);
    }

    /// <summary>Medical check, PDOT, contract with every clause and its signed copy, passport and visa: everything the worker's own record needs.</summary>
    public static async Task CompletePreDepartureAsync(HttpClient staff, Guid workerId, Guid trainingCentreId)
    {
        await ExpectAsync(HttpStatusCode.NoContent, staff.PutAsJsonAsync($"/api/v1/workers/{workerId}/medical", new { examinedOn = Today.AddDays(-20), clinic = "Fictitious Clinic", physicallyFit = true, mentallyFit = true }, Ct));
        await ExpectAsync(HttpStatusCode.NoContent, staff.PutAsJsonAsync($"/api/v1/workers/{workerId}/orientation",
            new { trainingCentreId, completedOn = Today.AddDays(-10), hours = 40m, topics = AllTopics }, Ct));
        await ExpectAsync(HttpStatusCode.NoContent, staff.PutAsJsonAsync($"/api/v1/workers/{workerId}/contract", new { signedOn = Today.AddDays(-5), clauses = AllClauses }, Ct));
        await ExpectAsync(HttpStatusCode.NoContent, UploadContractAsync(staff, workerId));
        await ExpectAsync(HttpStatusCode.NoContent, staff.PutAsJsonAsync($"/api/v1/workers/{workerId}/travel-documents", new
        {
            passportNumber = "P" + NewNationalId()[..8], passportIssuedOn = Today.AddYears(-1), passportExpiresOn = Today.AddYears(9),
            visaNumber = "V-" + NewNationalId()[..6], visaIssuedOn = Today.AddDays(-15), visaExpiresOn = Today.AddYears(2),
        }, Ct));
    }

    /// <summary>The agency asks the system for a departure clearance: 201 with its number, or 409 listing what is missing.</summary>
    public static Task<HttpResponseMessage> RequestClearanceAsync(HttpClient staff, Guid workerId) =>
        staff.PostAsync($"/api/v1/workers/{workerId}/clearances", null, Ct);

    /// <summary>The clearance is issued (asserted), and its number returned.</summary>
    public static async Task<string> ClearAsync(HttpClient staff, Guid workerId)
    {
        var response = await RequestClearanceAsync(staff, workerId);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("number").GetString()!;
    }

    public static Task<HttpResponseMessage> DeployAsync(HttpClient staff, Guid workerId, DateOnly? departedOn = null) =>
        staff.PostAsJsonAsync($"/api/v1/workers/{workerId}/deploy", new { departedOn = departedOn ?? LocalToday, departurePoint = "Phnom Penh International Airport" }, Ct);

    /// <summary>A departure clearance, then the departure today against it.</summary>
    public static async Task<HttpResponseMessage> ClearAndDeployAsync(HttpClient staff, Guid workerId)
    {
        await ClearAsync(staff, workerId);
        return await DeployAsync(staff, workerId);
    }

    public static async Task<HttpResponseMessage> UploadContractAsync(HttpClient staff, Guid workerId)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(TestAgency.Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "signed-contract.pdf");
        return await staff.PostAsync($"/api/v1/workers/{workerId}/contract/document", form, Ct);
    }

    public static async Task<string[]> MissingCodesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        return problem.GetProperty("missing").EnumerateArray().Select(m => m.GetProperty("code").GetString()!).ToArray();
    }

    public static async Task ExpectAsync(HttpStatusCode expected, Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
    }

    private static async Task<Guid> CreatedIdAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }
}
