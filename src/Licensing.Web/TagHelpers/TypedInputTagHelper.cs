using System.Globalization;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Licensing.Web.TagHelpers;

/// <summary>
/// Inputs bound with <c>asp-for</c> are written the way the binders read them (docs/numbers-and-dates.md): a day is a
/// date input holding yyyy-MM-dd, whatever the page's culture; a whole number is a text input with a numeric keyboard,
/// because a browser's <c>type="number"</c> refuses Khmer digits (០–៩) that <see cref="Binding.NumberText"/> reads; a
/// number that was read is written back as read (៣០ typed shows 30), one that was not keeps what was typed.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
public sealed class TypedInputTagHelper : TagHelper
{
    /// <summary>After the framework's InputTagHelper has written the type and the value.</summary>
    public override int Order => 1000;

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var type = Nullable.GetUnderlyingType(For.ModelExplorer.ModelType) ?? For.ModelExplorer.ModelType;
        var explicitType = context.AllAttributes.ContainsName("type");
        if (type == typeof(DateOnly) && !explicitType)
        {
            output.Attributes.SetAttribute("type", "date");
            if (For.Model is DateOnly day) output.Attributes.SetAttribute("value", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else if (output.Attributes["type"]?.Value?.ToString() == "number")
        {
            output.Attributes.SetAttribute("type", "text");
            if (!output.Attributes.ContainsName("inputmode")) output.Attributes.SetAttribute("inputmode", "numeric");
            if (For.Model is IFormattable number) output.Attributes.SetAttribute("value", number.ToString(null, CultureInfo.InvariantCulture));
        }
    }
}
