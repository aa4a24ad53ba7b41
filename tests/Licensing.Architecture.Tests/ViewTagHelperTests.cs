using System.Text.RegularExpressions;

namespace Licensing.Architecture.Tests;

/// <summary>
/// Views name form fields and link to pages through tag helpers (asp-for, asp-page, asp-route-*), so that renaming a
/// property or a route is a compile or render error, not a form that silently posts nothing (or a filter that an export
/// link drops). Each failure lists file:line.
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

    /// <summary>Fields whose name cannot come from asp-for, "page: name", each with its reason.</summary>
    private static readonly HashSet<string> MustStayLiteral =
    [
        // The language switch is in the layout, which every page shares whatever its model; the culture endpoint is no page.
        "Shared/_Layout.cshtml: returnUrl",
    ];

    [Fact]
    public void NoFormField_HasAHandWrittenName() =>
        SourceLine.AssertNone(Lines().Where(l => HandWrittenFieldNames(l.Text).Any(name => !Allowed(l, name))),
            "name an input, select or textarea by hand; use asp-for (bind the field to a page property or a form record)");

    [Fact]
    public void EveryFieldThatMustStayLiteral_IsStillWritten()
    {
        var written = Lines().SelectMany(l => HandWrittenFieldNames(l.Text).Select(name => Key(l, name))).ToHashSet();
        var gone = MustStayLiteral.Where(key => !written.Contains(key)).ToList();
        Assert.True(gone.Count == 0, $"bound (or gone) already; remove from MustStayLiteral: {string.Join(", ", gone)}");
    }

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
    [InlineData("""<input id="search" name="search" value="@Model.Search" />""", true)]
    [InlineData("""<select id="status" name='status'>""", true)]
    [InlineData("""<textarea id="note-@finding.Id" name="note" rows="3"></textarea>""", true)]
    [InlineData("""<input type="hidden" name="caseId" value="" />""", true)]
    [InlineData("""<input id="search" asp-for="Search" />""", false)]
    [InlineData("""<input type="checkbox" name="@Html.NameFor(m => m.Decision.Rewards)" value="@kind" />""", false)]
    [InlineData("""<select id="@Model.Id" name="@Model.Name">""", false)]
    [InlineData("""<button name="kind" value="Renewal">""", false)]
    [InlineData("""<meta name="viewport" content="width=device-width" />""", false)]
    public void TheFieldNameRule_SeesHandWrittenNames(string line, bool offends) =>
        Assert.Equal(offends, HandWrittenFieldNames(line).Any());

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

    /// <summary>The names written by hand (not by a C# expression) on the inputs, selects and textareas of a line.</summary>
    private static IEnumerable<string> HandWrittenFieldNames(string text) =>
        FieldName().Matches(text).Select(m => m.Groups["value"].Value).Where(value => RazorExpression().Replace(value, "").Length > 0);

    private static bool Allowed(SourceLine line, string name) => MustStayLiteral.Contains(Key(line, name));

    private static string Key(SourceLine line, string name) =>
        $"{Path.GetRelativePath(PagesFolder, Path.Combine(SourceLine.Root, line.File)).Replace('\\', '/')}: {name}";

    private static string PagesFolder => Path.Combine(SourceLine.Root, "src", "Licensing.Web", "Pages");

    private static IEnumerable<string> PageUrls(string text) =>
        Url().Matches(text).Select(m => m.Groups["url"].Value.TrimStart('~'))
            .Where(url => !NotPages.Any(prefix => url.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)));

    private static List<SourceLine> Lines()
    {
        var files = Directory.EnumerateFiles(PagesFolder, "*.cshtml", SearchOption.AllDirectories).ToList();
        Assert.True(files.Count > 50, $"only {files.Count} views found under {SourceLine.Root}");
        return SourceLine.Of(files);
    }

    [GeneratedRegex("""\sname\s*=\s*(["'])(?<value>[^"']*)\1""")]
    private static partial Regex NameValue();

    [GeneratedRegex("""<(input|select|textarea)\b[^>]*?\sname\s*=\s*(["'])(?<value>[^"']*)\2""")]
    private static partial Regex FieldName();

    [GeneratedRegex("""@(\([^)]*\)|[A-Za-z_][\w.!]*(\([^)]*\))?)""")]
    private static partial Regex RazorExpression();

    [GeneratedRegex("""\s(href|action|formaction)\s*=\s*(["'])(?<url>~?/[^"']*)\2""")]
    private static partial Regex Url();
}
