using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;

namespace Licensing.Api.Tests.Foundation;

/// <summary>Issue 22 item 15: a telephone number that is no number ("abc") is refused with the field named; Cambodian and international numbers are kept.</summary>
public abstract class PhoneNumberInputTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("abc", false)]
    [InlineData("12-ab-34", false)]
    [InlineData("012 345 678", true)]
    [InlineData("+66 2 123 4567", true)]
    public async Task TheApplicationsContactPhone_IsANumber(string phone, bool accepted)
    {
        var agency = await TestAgency.CreateAsync(app);
        using var staff = await app.ClientForAsync(agency.StaffEmail, Users.Password, "en");
        var created = await staff.PostAsJsonAsync("/api/v1/licence-applications", new { kind = "New" }, Ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var filled = await staff.PutAsJsonAsync($"/api/v1/licence-applications/{id}/details",
            new { contactPerson = "Sok Chenda", contactPhone = phone, destinationCountries = "TH", financialGuaranteeUsd = 100000m, statement = "We apply." }, Ct);

        if (accepted)
        {
            Assert.Equal(HttpStatusCode.NoContent, filled.StatusCode);
            return;
        }
        Assert.Equal(HttpStatusCode.BadRequest, filled.StatusCode);
        var errors = (await filled.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("contactPhone", out var messages), errors.ToString());
        Assert.Contains("Contact phone", messages[0].GetString());
    }
}

public sealed class SqlitePhoneNumberInputTests(SqliteApp app) : PhoneNumberInputTests<SqliteApp>(app);

public sealed class PostgresPhoneNumberInputTests(PostgresApp app) : PhoneNumberInputTests<PostgresApp>(app);
