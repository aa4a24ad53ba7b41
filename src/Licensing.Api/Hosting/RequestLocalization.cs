using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Licensing.Api.Hosting;

/// <summary>
/// Khmer and English. Pages follow the visitor's choice (cookie or ?culture=) and default to
/// Khmer; the API follows Accept-Language and defaults to English, except for a browser, which
/// gets the API's error pages in the site's language.
/// </summary>
public static class RequestLocalization
{
    public static readonly string[] Cultures = ["km", "en"];

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions { ApplyCurrentCultureToResponseHeaders = true }
            .SetDefaultCulture("km")
            .AddSupportedCultures(Cultures)
            .AddSupportedUICultures(Cultures);
        options.RequestCultureProviders =
        [
            new ApiAcceptLanguageProvider(),
            new QueryStringRequestCultureProvider(),
            new CookieRequestCultureProvider(),
        ];
        return options;
    }

    private sealed class ApiAcceptLanguageProvider : RequestCultureProvider
    {
        private static readonly AcceptLanguageHeaderRequestCultureProvider Header = new();

        public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            if (!httpContext.Request.Path.StartsWithSegments("/api") || HtmlClients.WantsHtml(httpContext.Request)) return null;
            Header.Options = Options;
            var fromHeader = await Header.DetermineProviderCultureResult(httpContext);
            var supported = fromHeader?.UICultures
                .Select(c => new CultureInfo(c.Value!).TwoLetterISOLanguageName)
                .FirstOrDefault(c => Cultures.Contains(c));
            return new ProviderCultureResult(supported ?? "en");
        }
    }
}
