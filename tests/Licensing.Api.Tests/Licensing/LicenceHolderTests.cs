using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Domain.Common;
using Licensing.Domain.Workers;
using static Licensing.Api.Tests.Support.WorkerSteps;

namespace Licensing.Api.Tests.Licensing;

/// <summary>Who may hold a licence (a registered legal entity) and what it authorises: recruitment, orientation training, sending, management of workers.</summary>
public abstract class LicenceHolderTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "R2")]
    public async Task OnlyARegisteredLegalEntity_AppliesAndHoldsTheLicence_UnderItsRegistrationNumber()
    {
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var unregistered = await officer.PostAsJsonAsync("/api/v1/agencies", TestAgency.Registration(""), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unregistered.StatusCode);
        Assert.True((await unregistered.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("registrationNumber", out _));

        var notAnEntity = await officer.PostAsJsonAsync("/api/v1/licence-applications", new { kind = "New" }, Ct);
        Assert.Equal("not_agency_staff", await CodeAsync(notAnEntity));

        var licensed = await LicensedAgency.CreateAsync(app);
        var licence = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/licences/{licensed.LicenceId}", Ct);
        Assert.Equal((licensed.Agency.Id, licensed.Agency.RegistrationNumber),
            (licence.GetProperty("agencyId").GetGuid(), licence.GetProperty("registrationNumber").GetString()));
        using var anonymous = app.CreateClient();
        var found = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/public/licences?query={licensed.Agency.RegistrationNumber}", Ct);
        Assert.Equal(licence.GetProperty("number").GetString(), Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("number").GetString());
    }

    [Fact]
    [Trait("Rule", "R5")]
    public async Task WithoutALicence_AnAgencyCannotRecruitForAJobOrder_WithOneItRecruitsAndTrainsAtItsOwnCentres()
    {
        var unlicensed = await TestAgency.CreateAsync(app);
        using var unlicensedStaff = await app.ClientForAsync(unlicensed.StaffEmail, Users.Password);
        var order = await ApprovedJobOrderInTheDatabaseAsync(unlicensed.Id);
        var refused = await unlicensedStaff.PostAsJsonAsync("/api/v1/workers", Worker(order), Ct);
        Assert.Equal((HttpStatusCode.Conflict, "licence_not_active"), (refused.StatusCode, await CodeAsync(refused)));
        Assert.Equal(0, (await unlicensedStaff.GetFromJsonAsync<JsonElement>("/api/v1/workers", Ct)).GetProperty("total").GetInt32());

        var agency = await LicensedAgency.CreateAsync(app);
        var other = await LicensedAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password);
        using var officer = await app.ClientForAsync(DemoLogins.LicensingOfficer);
        var worker = await RegisterAsync(staff, await CreateApprovedJobOrderAsync(staff, officer));

        var elsewhere = await staff.PutAsJsonAsync($"/api/v1/workers/{worker}/orientation",
            new { trainingCentreId = other.TrainingCentreId, completedOn = Today.AddDays(-10), hours = 40m, topics = AllTopics }, Ct);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "training_centre_unknown"), (elsewhere.StatusCode, await CodeAsync(elsewhere)));
        await ExpectAsync(HttpStatusCode.NoContent, staff.PutAsJsonAsync($"/api/v1/workers/{worker}/orientation",
            new { trainingCentreId = agency.TrainingCentreId, completedOn = Today.AddDays(-10), hours = 40m, topics = AllTopics }, Ct));
    }

    /// <summary>An approved job order of the agency, written straight to the database: the test is about recruiting for it, not about registering it.</summary>
    private Task<Guid> ApprovedJobOrderInTheDatabaseAsync(Guid agencyId) => app.WithDbAsync(async db =>
    {
        var system = Actor.System(DateTimeOffset.UtcNow);
        var order = new JobOrder(agencyId, new JobOffer("TH", "Fictitious Employer Co., Ltd.", "1 Industrial Road", "construction", "General worker", 5, 400m, "USD", 24), system);
        order.Approve("Employer verified.", system);
        db.JobOrders.Add(order);
        await db.SaveChangesAsync(Ct);
        return order.Id;
    });

    private static object Worker(Guid jobOrderId) => new
    {
        nameKm = "សុខ ចន្ទា", nameLatin = "Sok Chanda (fictitious)", sex = "Female", dateOfBirth = Today.AddYears(-24), nationalId = NewNationalId(),
        provinceCode = "KH-2", district = "Sangkae", commune = "Ta Pon", village = "Ta Pon", phone = "+855 12 000 111",
        emergencyContactName = "Sok Dara", emergencyContactPhone = "+855 12 000 222", jobOrderId,
    };

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
}

public sealed class LicenceHolderTestsOnSqlite(SqliteApp app) : LicenceHolderTests<SqliteApp>(app);

public sealed class LicenceHolderTestsOnPostgres(PostgresApp app) : LicenceHolderTests<PostgresApp>(app);
