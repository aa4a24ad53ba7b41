using Microsoft.Net.Http.Headers;

namespace Licensing.Api.Hosting;

/// <summary>
/// A client that asks for HTML (a browser following a link or sending a form) rather than for JSON:
/// it names text/html in Accept, above any JSON type it names. Wildcards do not count.
/// </summary>
public static class HtmlClients
{
    public static bool WantsHtml(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)) return false;
        double Quality(params string[] types) => accepted.Where(a => types.Any(t => a.MediaType.Equals(t, StringComparison.OrdinalIgnoreCase)))
            .Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        var html = Quality("text/html");
        return html > 0 && html > Quality("application/json", "application/problem+json");
    }
}
