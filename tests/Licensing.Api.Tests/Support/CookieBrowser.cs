using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Licensing.Api.Tests.Support;

/// <summary>A client that signs in through the login page and keeps the Identity cookie, as a browser does.</summary>
public static partial class CookieBrowser
{
    public static async Task<HttpClient> SignInAsync(LicensingApp app, string email, CancellationToken cancellationToken, string password = LicensingApp.DemoPassword)
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });
        var form = await browser.GetStringAsync("/account/login", cancellationToken);
        var signedIn = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = AntiforgeryToken(form),
        }), cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    /// <summary>The antiforgery token of the form on a page, to post it as the browser would.</summary>
    public static string AntiforgeryToken(string page) => TokenField().Match(page).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
