using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Licensing.Api.Tests.Support;

/// <summary>A complaint filed anonymously through the public API, with what the filer was given.</summary>
public sealed record FiledComplaint(Guid Id, string Code, string Pin)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public const string WorkerName = "Sok Chanda (fictitious)";
    public const string Phone = "+855 12 345 987";
    public const string Email = "sok.chanda@complainant.example";

    public static async Task<FiledComplaint> FileAsync(LicensingApp app, Guid? agencyId, bool shareIdentity = false, string category = "DocumentsKept",
        string whatHappened = "ភ្នាក់ងារបានរក្សាលិខិតឆ្លងដែនរបស់ខ្ញុំ។ The agency kept my passport.")
    {
        using var anonymous = app.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/public/complaints", new
        {
            filedAs = "Worker", workerName = WorkerName, phone = Phone, email = Email, passportNumber = "N0000001", provinceCode = "KH-2", preferredContact = "Sms",
            agencyId, unlicensedRecruiter = agencyId is null ? "A broker in Svay Rieng market" : null, category, whatHappened,
            where = "Phnom Penh office", when = "October 2026", whatTheyWant = "My passport back", shareIdentityWithAgency = shareIdentity, sendToMinistry = false,
        }, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return new FiledComplaint(receipt.GetProperty("id").GetGuid(), receipt.GetProperty("trackingCode").GetString()!, receipt.GetProperty("pin").GetString()!);
    }

    public async Task<HttpResponseMessage> TrackAsync(HttpClient client, string? pin = null) =>
        await client.PostAsJsonAsync("/api/v1/public/complaints/track", new { code = Code, pin = pin ?? Pin }, Ct);

    public async Task<JsonElement> StatusAsync(LicensingApp app)
    {
        using var anonymous = app.CreateClient();
        var response = await TrackAsync(anonymous);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    /// <summary>A breakdown of complaint statistics as "key complaints" lines, in the order given.</summary>
    public static string[] Counts(JsonElement rows) =>
        rows.EnumerateArray().Select(r => $"{r.GetProperty("key").GetString()} {r.GetProperty("complaints").GetInt32()}").ToArray();

    public static async Task StepAsync(HttpClient officer, Guid id, string path, object body)
    {
        var response = await officer.PostAsJsonAsync($"/api/v1/complaints/{id}/{path}", body, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }
}
