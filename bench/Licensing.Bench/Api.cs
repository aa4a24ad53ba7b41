using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Licensing.Bench;

/// <summary>Signed-in HTTP clients for the demo logins.</summary>
public static class Api
{
    public const string DemoPassword = "Demo-Password-1";

    public static async Task<HttpClient> SignInAsync(Uri baseUrl, string email)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1000 }) { BaseAddress = baseUrl, Timeout = Timeout.InfiniteTimeSpan };
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
