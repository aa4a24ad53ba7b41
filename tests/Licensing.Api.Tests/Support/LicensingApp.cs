using System.Net.Http.Headers;
using System.Net.Http.Json;
using Licensing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Api.Tests.Support;

/// <summary>
/// The whole application over HTTP, on its own empty database, seeded with the demo data and
/// the demo logins. One per test class; each test creates the records it asserts on.
/// </summary>
public abstract class LicensingApp(DatabaseProvider provider, TestDatabase? sharedDatabase = null) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "Demo-Password-1";

    private readonly Dictionary<string, string> _tokens = [];
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The application has not started.");
    public DatabaseProvider Provider => provider;
    public string MailFolder => Database.MailFolder;

    public virtual async ValueTask InitializeAsync()
    {
        _database = sharedDatabase ?? await TestDatabase.CreateAsync(provider);
        _ = Services; // start the host: migrations and seeding run now
    }

    /// <summary>The public address links in documents and messages use: required outside Development.</summary>
    public const string PublicBaseUrl = "https://licensing.test";

    /// <summary>The hosting environment; browser tests use Development so that cookies work over plain HTTP.</summary>
    protected virtual string EnvironmentName => "Testing";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:Licensing", Database.ConnectionString);
        builder.UseSetting("Database:DataDirectory", Database.Folder);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Email:PickupDirectory", MailFolder);
        builder.UseSetting("PublicBaseUrl", PublicBaseUrl);
    }

    /// <summary>A client signed in with a bearer token, as the API's clients are.</summary>
    public async Task<HttpClient> ClientForAsync(string email, string password = DemoPassword, string? language = null)
    {
        if (!_tokens.TryGetValue(email, out var token))
        {
            using var anonymous = CreateClient();
            token = await SignInAsync(anonymous, email, password);
            _tokens[email] = token;
        }
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (language is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    /// <summary>Signs in over the API and returns the bearer token.</summary>
    public static async Task<string> SignInAsync(HttpClient anonymous, string email, string password)
    {
        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
    }

    public async Task<T> WithDbAsync<T>(Func<LicensingDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LicensingDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null && sharedDatabase is null) await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);
}

public sealed class SqliteApp() : LicensingApp(DatabaseProvider.Sqlite);

public sealed class PostgresApp() : LicensingApp(DatabaseProvider.Postgres);

/// <summary>The application on a PostgreSQL database the test made, which outlives it.</summary>
public sealed class PostgresAppOn(TestDatabase database) : LicensingApp(DatabaseProvider.Postgres, database);

/// <summary>The application on a database the test made and prepared, which outlives it.</summary>
public sealed class AppOn(TestDatabase database) : LicensingApp(database.Provider, database);
