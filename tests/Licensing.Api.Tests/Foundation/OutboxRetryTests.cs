using System.Net.Http.Json;
using System.Text.Json;
using Licensing.Api.Tests.Support;
using Licensing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;

namespace Licensing.Api.Tests.Foundation;

/// <summary>An application whose SMTP server refuses connections: e-mail must be retried, nothing else held up.</summary>
public sealed class UnreachableMailApp() : LicensingApp(DatabaseProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:SmtpHost", "127.0.0.1");
        builder.UseSetting("Email:SmtpPort", "9");
        builder.UseSetting("Email:SmtpEnableSsl", "false");
    }
}

public sealed class OutboxRetryTests(UnreachableMailApp app) : IClassFixture<UnreachableMailApp>
{
    [Fact]
    public async Task FailedEmail_IsKeptForRetryWithItsError_WhileTheInboxCopyIsDelivered()
    {
        var email = await Users.CreateAsync(app, "Inspector");
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);

        var outbox = await Eventually.ReturnsAsync(
            () => admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/outbox", TestContext.Current.CancellationToken),
            o => o.GetProperty("retrying").GetInt32() >= 1
                && o.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("recipient").GetString() == email && i.GetProperty("attempts").GetInt32() > 0));
        var mail = outbox.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("recipient").GetString() == email);
        Assert.Equal("Retrying", mail.GetProperty("state").GetString());
        Assert.False(string.IsNullOrEmpty(mail.GetProperty("lastError").GetString()));

        using var user = await app.ClientForAsync(email, Users.Password);
        var inbox = await Eventually.ReturnsAsync(
            () => user.GetFromJsonAsync<JsonElement>("/api/v1/inbox", TestContext.Current.CancellationToken),
            page => page.GetProperty("total").GetInt32() > 0);
        Assert.Equal(1, inbox.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task RedeliveringAMessageThatIsNotDeadLettered_Is409()
    {
        var email = await Users.CreateAsync(app, "Inspector");
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var outbox = await Eventually.ReturnsAsync(
            () => admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/outbox", TestContext.Current.CancellationToken),
            o => o.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("recipient").GetString() == email));
        var id = outbox.GetProperty("items").EnumerateArray().First(i => i.GetProperty("recipient").GetString() == email).GetProperty("id").GetString();

        var response = await admin.PostAsync($"/api/v1/admin/outbox/{id}/redeliver", null, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, response.StatusCode);
    }
}
