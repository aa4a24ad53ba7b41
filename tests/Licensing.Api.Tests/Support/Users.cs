using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Support;

/// <summary>
/// Creates a fresh user through the administrator's API, so that a test owns it; the user reads English
/// unless the scope gives another language (the tests read what they are sent).
/// </summary>
public static class Users
{
    public const string Password = "Fresh-Password-9";

    public static async Task<string> CreateAsync(LicensingApp app, string role, object? scope = null)
    {
        var email = $"user-{Guid.NewGuid():N}@test.example";
        using var admin = await app.ClientForAsync(DemoLogins.Administrator);
        var body = new Dictionary<string, object?> { ["email"] = email, ["fullName"] = "Test User", ["role"] = role, ["password"] = Password, ["language"] = "en" };
        foreach (var property in scope?.GetType().GetProperties() ?? [])
        {
            body[property.Name] = property.GetValue(scope);
        }
        var response = await admin.PostAsJsonAsync("/api/v1/users", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return email;
    }

    /// <summary>The user (a demo login, Khmer by default) reads English from now on, as if they had chosen it on their profile.</summary>
    public static Task PreferEnglishAsync(LicensingApp app, string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, "en"), TestContext.Current.CancellationToken));
}
