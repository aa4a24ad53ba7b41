using System.Text.RegularExpressions;

namespace Licensing.Architecture.Tests;

/// <summary>
/// Views name form fields and link to pages through tag helpers (asp-for, asp-page, asp-route-*), so that renaming a
/// property or a route is a compile or render error, not a form that silently posts nothing. Each failure lists file:line.
/// </summary>
public sealed partial class ViewTagHelperTests
{
    /// <summary>URLs a view may write by hand because no Razor page answers them.</summary>
    private static readonly string[] NotPages =
    [
        "/_content/",       // static files of Licensing.Web (wwwroot)
        "/api/",            // the JSON API
        "/health",          // health checks
    ];

    [Fact]
    public void NoFormField_HasAHandWrittenDottedName() =>
        SourceLine.AssertNone(Lines().Where(l => HasDottedName(l.Text)),
            "name a bound field by hand; use asp-for (or a handler parameter without a prefix)");

    [Fact]
    public void NoLinkOrForm_WritesAPageUrlByHand() =>
        SourceLine.AssertNone(Lines().Where(l => PageUrls(l.Text).Any()),
            "write a page's URL by hand; use asp-page with asp-route-* (or asp-page-handler)");

    [Theory]
    [InlineData("""<input name="complaint.Phone" />""", true)]
    [InlineData("""<input name='report.Text' />""", true)]
    [InlineData("""<input name="scores[@i].Value" />""", true)]
    [InlineData("""<input name="query" />""", false)]
    [InlineData("""<input asp-for="Complaint.Phone" />""", false)]
    [InlineData("""<button name="@Html.NameFor(m => m.Settlement!.Honoured)" value="true">""", false)]
    [InlineData("""<select id="@Model.Id" name="@Model.Name">""", false)]
    [InlineData("""<partial name="@(open.IsPreparing ? "_PreDepartureForms" : "_AbroadForms")" model="Model" />""", false)]
    public void TheDottedNameRule_SeesHandWrittenNames(string line, bool offends) =>
        Assert.Equal(offends, HasDottedName(line));

    [Theory]
    [InlineData("""<a href="/complaints/@c.Id">""", true)]
    [InlineData("""<a href="/">""", true)]
    [InlineData("""<form method="post" action="/language">""", true)]
    [InlineData("""<button formaction="/account/logout">""", true)]
    [InlineData("""<a href="~/complaints">""", true)]
    [InlineData("""<a href="/api/v1/complaints/@c.Id/evidence">""", false)]
    [InlineData("""<a href="/admin/hangfire">""", true)]
    [InlineData("""<a href="@HangfireDashboardLink.Path">""", false)]
    [InlineData("""<link href="~/_content/Licensing.Web/css/site.css" />""", false)]
    [InlineData("""<a href="https://mlvt.gov.kh/">""", false)]
    [InlineData("""<a asp-page="/Complaints/Complaint" asp-route-id="@c.Id">""", false)]
    public void ThePageUrlRule_SeesHandWrittenPageUrls(string line, bool offends) =>
        Assert.Equal(offends, PageUrls(line).Any());

    /// <summary>
    /// A dot in the written text of a name, not in the C# expressions it contains (Html.NameFor, a partial's model);
    /// a name that opens with an explicit expression <c>@(…)</c> is C# throughout, whatever quotes it holds.
    /// </summary>
    private static bool HasDottedName(string text) =>
        NameValue().Matches(text).Select(m => m.Groups["value"].Value)
            .Any(value => !value.StartsWith("@(", StringComparison.Ordinal) && RazorExpression().Replace(value, "").Contains('.'));

    private static IEnumerable<string> PageUrls(string text) =>
        Url().Matches(text).Select(m => m.Groups["url"].Value.TrimStart('~'))
            .Where(url => !NotPages.Any(prefix => url.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)));

    private static List<SourceLine> Lines()
    {
        var files = Directory.EnumerateFiles(Path.Combine(SourceLine.Root, "src", "Licensing.Web", "Pages"), "*.cshtml", SearchOption.AllDirectories).ToList();
        Assert.True(files.Count > 50, $"only {files.Count} views found under {SourceLine.Root}");
        return SourceLine.Of(files);
    }

    [GeneratedRegex("""\sname\s*=\s*(["'])(?<value>[^"']*)\1""")]
    private static partial Regex NameValue();

    [GeneratedRegex("""@(\([^)]*\)|[A-Za-z_][\w.!]*(\([^)]*\))?)""")]
    private static partial Regex RazorExpression();

    [GeneratedRegex("""\s(href|action|formaction)\s*=\s*(["'])(?<url>~?/[^"']*)\2""")]
    private static partial Regex Url();
}
