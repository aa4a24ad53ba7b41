using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Licensing.Api.Tests.Support.WorkerSteps;

namespace Licensing.Api.Tests.Support;

/// <summary>A worker of a fresh licensed agency who has departed for the country: who disappearance cases are about.</summary>
public sealed record DeployedWorker(LicensedAgency Agency, Guid Id, string PassportNumber)
{
    public static async Task<DeployedWorker> CreateAsync(LicensingApp app, string country = "TH", LicensedAgency? agency = null)
    {
        agency ??= await LicensedAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var jobOrder = await CreateApprovedJobOrderAsync(staff, officer, country);
        var worker = await RegisterAsync(staff, jobOrder);
        await CompletePreDepartureAsync(staff, worker, agency.TrainingCentreId);
        await ExpectAsync(HttpStatusCode.NoContent, ClearAndDeployAsync(staff, worker));
        var record = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/workers/{worker}", TestContext.Current.CancellationToken);
        return new DeployedWorker(agency, worker, record.GetProperty("passportNumber").GetString()!);
    }

    /// <summary>The agency's report body: learned of it the given hours ago, last contact a day before that.</summary>
    public object Report(double learnedHoursAgo = 2) => new
    {
        workerId = Id,
        lastKnownLocation = "Dormitory of the employer, Samut Prakan",
        latitude = 13.5991,
        longitude = 100.5968,
        lastContactAt = DateTimeOffset.UtcNow.AddHours(-learnedHoursAgo - 24),
        agencyLearnedAt = DateTimeOffset.UtcNow.AddHours(-learnedHoursAgo),
        circumstances = "Did not come back to the dormitory after a day off; phone switched off.",
        othersInformed = "Employer; the worker's mother",
    };
}
