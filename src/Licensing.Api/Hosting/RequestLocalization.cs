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
        CultureInfo[] cultures = [Khmer, CultureInfo.GetCultureInfo("en")];
        var options = new RequestLocalizationOptions
        {
            ApplyCurrentCultureToResponseHeaders = true,
            DefaultRequestCulture = new RequestCulture(Khmer, Khmer),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
        };
        options.RequestCultureProviders =
        [
            new ApiAcceptLanguageProvider(),
            new QueryStringRequestCultureProvider(),
            new CookieRequestCultureProvider(),
        ];
        return options;
    }

    /// <summary>
    /// Khmer with the numbers Cambodians type and read, 1,500.50: the CLDR "km" format (1.500,50) made a typed
    /// decimal point a thousands separator. Pages still bind numbers with Binding.NumberBinder and show amounts
    /// with Display; this keeps any other number formatted under the Khmer culture unambiguous too.
    /// </summary>
    private static readonly CultureInfo Khmer = KhmerWithCambodianNumbers();

    private static CultureInfo KhmerWithCambodianNumbers()
    {
        var khmer = (CultureInfo)CultureInfo.GetCultureInfo("km").Clone();
        var numbers = khmer.NumberFormat;
        numbers.NumberDecimalSeparator = numbers.CurrencyDecimalSeparator = numbers.PercentDecimalSeparator = ".";
        numbers.NumberGroupSeparator = numbers.CurrencyGroupSeparator = numbers.PercentGroupSeparator = ",";
        return CultureInfo.ReadOnly(khmer);
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
