using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Licensing.Web.TagHelpers;

/// <summary>
/// Whole-number fields bound with <c>asp-for</c> become text inputs with a numeric keyboard: a browser's
/// <c>type="number"</c> would refuse Khmer digits (០–៩) and format by its own locale, while
/// <see cref="Binding.NumberText"/> reads what the person typed.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
public sealed class WholeNumberInputTagHelper : TagHelper
{
    /// <summary>After the framework's InputTagHelper has chosen the type.</summary>
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (output.Attributes["type"]?.Value?.ToString() != "number") return;
        output.Attributes.SetAttribute("type", "text");
        if (!output.Attributes.ContainsName("inputmode")) output.Attributes.SetAttribute("inputmode", "numeric");
    }
}
