using System.Globalization;
using Licensing.Application.Common;
using Licensing.Domain.Common;
using Microsoft.Extensions.Localization;

namespace Licensing.Web;

/// <summary>A term's name in Khmer and English, read from the UI's translations (an enum value's name is its key, as the pages use it).</summary>
public sealed class ResourceTermNames(IStringLocalizer<SharedResource> text) : ITermNames
{
    private static readonly CultureInfo Khmer = new(Languages.Khmer);
    private static readonly CultureInfo English = new(Languages.English);

    public LocalizedText Of(string term) => new(In(Khmer, term), In(English, term));

    private string In(CultureInfo culture, string key)
    {
        var reader = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return text[key];
        }
        finally
        {
            CultureInfo.CurrentUICulture = reader;
        }
    }
}
