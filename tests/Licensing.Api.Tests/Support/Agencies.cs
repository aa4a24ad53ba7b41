using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Licensing.Api.Tests.Support;

/// <summary>A fresh agency registered by an officer, with one staff login, owned by the test that made it.</summary>
public sealed record TestAgency(Guid Id, string RegistrationNumber, string StaffEmail)
{
    public static readonly string[] RequiredDocuments =
        ["incorporation", "statute", "directors-id", "premises", "pdot-centre", "financial-guarantee", "tax-registration"];

    public static byte[] Pdf => "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();

    public static async Task<TestAgency> CreateAsync(LicensingApp app, string? nameEn = null)
    {
        var registration = Random.Shared.NextInt64(100_000_000, 999_999_999).ToString();
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var response = await officer.PostAsJsonAsync("/api/v1/agencies", Registration(registration, nameEn));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var staff = await Users.CreateAsync(app, "AgencyStaff", new { agencyId = id });
        return new TestAgency(id, registration, staff);
    }

    /// <summary>The officer's body registering an agency with this commercial registration number.</summary>
    public static object Registration(string registration, string? nameEn = null) => new
    {
        nameKm = "ក្រុមហ៊ុន សាកល្បង ឯ.ក",
        nameEn = nameEn ?? $"Test Manpower {registration} Co., Ltd.",
        registrationNumber = registration,
        taxNumber = $"L001-{registration}",
        headOfficeAddress = "No. 12, Street 271, Phnom Penh",
        headOfficeProvinceCode = "KH-12",
        phone = "+855 23 000 000",
        email = $"info-{registration}@agency.example",
        directors = "Director (fictitious)",
    };

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid applicationId, string requirementCode, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(requirementCode), "requirementCode");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        return await client.PostAsync($"/api/v1/licence-applications/{applicationId}/documents", form);
    }

    /// <summary>Creates a draft of the given kind with details filled in and every required document uploaded.</summary>
    public async Task<Guid> CompleteDraftAsync(HttpClient staff, string kind = "New")
    {
        var created = await staff.PostAsJsonAsync("/api/v1/licence-applications", new { kind });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var filled = await staff.PutAsJsonAsync($"/api/v1/licence-applications/{id}/details",
            new { contactPerson = "Sok Chenda", contactPhone = "+855 12 345 678", destinationCountries = "TH,MY", financialGuaranteeUsd = 100000m, statement = "We apply." });
        Assert.Equal(HttpStatusCode.NoContent, filled.StatusCode);
        foreach (var code in RequiredDocuments)
        {
            var upload = await UploadAsync(staff, id, code, Pdf, $"{code}.pdf");
            Assert.True(upload.StatusCode == HttpStatusCode.Created, await upload.Content.ReadAsStringAsync());
        }
        return id;
    }
}
