using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Licensing.Application.Common;

/// <summary>
/// A notice's plain text as HTML for the inbox page and HTML e-mail: every character encoded, line
/// breaks kept, and web addresses and the site's own paths ("/complaints/track") made links.
/// </summary>
public static partial class NoticeHtml
{
    /// <param name="siteBase">The address site paths are joined to ("https://licensing.example"); empty keeps them relative, as on the site's own pages.</param>
    public static string From(string text, string siteBase = "")
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (Match link in Links().Matches(text))
        {
            html.Append(Encode(text[at..link.Index]));
            var target = link.Value.StartsWith('/') ? siteBase.TrimEnd('/') + link.Value : link.Value;
            html.Append($"<a href=\"{WebUtility.HtmlEncode(target)}\">{WebUtility.HtmlEncode(link.Value)}</a>");
            at = link.Index + link.Length;
        }
        return html.Append(Encode(text[at..])).ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text).Replace("\r\n", "\n").Replace("\n", "<br>\n");

    // A web address, or a path of the site after a space, a line break or an opening bracket; a sentence's closing stop or bracket is not part of it.
    [GeneratedRegex(@"https?://[^\s<>""]+[^\s<>"".,;:!?)]|(?<=^|[\s(])/[a-z][A-Za-z0-9/_\-?=&%]*[A-Za-z0-9/_\-=&%]", RegexOptions.Multiline)]
    private static partial Regex Links();
}
