using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Licensing.Web;

/// <summary>An enum's values as the options of a select bound with asp-for, each named in the reader's language.</summary>
public static class EnumOptions
{
    public static IEnumerable<SelectListItem> Of<TEnum>(IStringLocalizer text) where TEnum : struct, Enum =>
        Enum.GetNames<TEnum>().Select(name => new SelectListItem(text[name], name));
}
