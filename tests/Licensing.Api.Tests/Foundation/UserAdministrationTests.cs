using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;

namespace Licensing.Api.Tests.Foundation;

public abstract class UserAdministrationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    [Fact]
    public async Task AdministratorCreatesAUser_WhoCanSignInWithTheirRoleAndScope()
    {
        var email = await Users.CreateAsync(app, "EmbassyOfficer", new { countryCode = "MY" });

        using var user = await app.ClientForAsync(email, Users.Password);
        var me = await user.GetFromJsonAsync<JsonElement>("/api/v1/auth/me", TestContext.Current.CancellationToken);
        Assert.Equal("EmbassyOfficer", me.GetProperty("roles")[0].GetString());
        Assert.Equal("MY", me.GetProperty("countryCode").GetString());
    }

    [Fact]
    public async Task CreatedUser_ReceivesAWelcomeInTheirInboxAndByEmail()
    {
        var email = await Users.CreateAsync(app, "InteriorOfficer");
        using var user = await app.ClientForAsync(email, Users.Password);

        var inbox = await Eventually.ReturnsAsync(
            () => user.GetFromJsonAsync<JsonElement>("/api/v1/inbox", TestContext.Current.CancellationToken),
            page => page.GetProperty("total").GetInt32() > 0);
        Assert.Equal(1, inbox.GetProperty("total").GetInt32());
        var item = inbox.GetProperty("items")[0];
        Assert.Contains("Interior officer", item.GetProperty("body").GetString());

        var marked = await user.PostAsync($"/api/v1/inbox/{item.GetProperty("id").GetString()}/read", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, marked.StatusCode);
        var unread = await user.GetFromJsonAsync<JsonElement>("/api/v1/inbox?unreadOnly=true", TestContext.Current.CancellationToken);
        Assert.Equal(0, unread.GetProperty("total").GetInt32());

        var mail = await Eventually.ReturnsAsync(
            () => Task.FromResult(Mailbox.To(app.MailFolder, email)),
            found => found.Count > 0);
        Assert.Single(mail);
    }

    [Fact]
    public async Task SomeoneElsesInboxItem_AnswersNotFound()
    {
        var email = await Users.CreateAsync(app, "Inspector");
        using var owner = await app.ClientForAsync(email, Users.Password);
        var inbox = await Eventually.ReturnsAsync(
            () => owner.GetFromJsonAsync<JsonElement>("/api/v1/inbox", TestContext.Current.CancellationToken),
            page => page.GetProperty("total").GetInt32() > 0);
        var id = inbox.GetProperty("items")[0].GetProperty("id").GetString();

        using var other = await app.ClientForAsync(DemoLogins.Inspector);
        var response = await other.PostAsync($"/api/v1/inbox/{id}/read", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CreatingAUser_WithATakenEmail_Is409()
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var response = await admin.PostAsJsonAsync("/api/v1/users",
            new { email = DemoLogins.Inspector, fullName = "Copy", role = "Inspector", password = Users.Password }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task CreatingAScopedUser_WithoutTheirScope_IsRejectedAndNothingIsStored()
    {
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var email = $"unscoped-{Guid.NewGuid():N}@test.example";
        var noCountry = await admin.PostAsJsonAsync("/api/v1/users", new { email, fullName = "No scope", role = "EmbassyOfficer", password = Users.Password }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, noCountry.StatusCode);

        var unknownCountry = await admin.PostAsJsonAsync("/api/v1/users", new { email, fullName = "No scope", role = "EmbassyOfficer", password = Users.Password, countryCode = "ZZ" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownCountry.StatusCode);

        var users = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users?search={email}", TestContext.Current.CancellationToken);
        Assert.Equal(0, users.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData(DemoLogins.LicensingOfficer)]
    [InlineData(DemoLogins.AgencyStaff)]
    [InlineData(DemoLogins.EmbassyOfficer)]
    public async Task NonAdministrators_CannotManageUsersOrReadTheAudit(string login)
    {
        using var client = await app.ClientForAsync(login);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/users", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/audit", TestContext.Current.CancellationToken)).StatusCode);
        var create = await client.PostAsJsonAsync("/api/v1/users", new { email = "x@test.example", fullName = "X", role = "Administrator", password = Users.Password }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }
}

public sealed class UserAdministrationTestsOnSqlite(SqliteApp app) : UserAdministrationTests<SqliteApp>(app);

public sealed class UserAdministrationTestsOnPostgres(PostgresApp app) : UserAdministrationTests<PostgresApp>(app);
