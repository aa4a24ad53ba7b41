using Licensing.Web.Filters;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Licensing.Web.TagHelpers;

/// <summary>
/// Every form that posts carries a one-time token, as it carries the antiforgery token, so that no form that creates
/// something can forget it (ADR-031): <see cref="OneTimeFormFilter"/> runs a token's first post only. A form whose post
/// must work again from the same page (the language switch, signing in or out, the confirmation step that carries the
/// first form's token) says <c>one-time="false"</c>.
/// </summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class FormTokenTagHelper : TagHelper
{
    [HtmlAttributeName("one-time")]
    public bool OneTime { get; set; } = true;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var method = context.AllAttributes["method"]?.Value?.ToString();
        if (!OneTime || !string.Equals(method, "post", StringComparison.OrdinalIgnoreCase)) return;
        output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{OneTimeFormFilter.FieldName}\" value=\"{Guid.NewGuid():N}\" />");
    }
}
