using Licensing.Application.ReferenceData;
using Licensing.Domain.Disappearances;
using Microsoft.Extensions.Localization;

namespace Licensing.Web;

/// <summary>The reader's name for a recipient body key ("embassy:TH", "interior", "ministry").</summary>
public sealed class RecipientBodyNames(IReadOnlyList<ListReferenceData.CountryItem> countries)
{
    public string Of(string bodyKey, IStringLocalizer t) => RecipientBody.Parse(bodyKey) switch
    {
        { Kind: RecipientKind.Interior } => t["Ministry of Interior"],
        { Kind: RecipientKind.Ministry } => t["Ministry of Labour and Vocational Training"],
        { CountryCode: { } country } => Embassy(country, t),
        _ => bodyKey,
    };

    public string Country(string code) =>
        countries.FirstOrDefault(c => c.Code == code) is { } country ? Display.Name(country.NameKm, country.NameEn) : code;

    private string Embassy(string code, IStringLocalizer t) =>
        countries.FirstOrDefault(c => c.Code == code) is { } country ? Display.Name(country.EmbassyKm, country.EmbassyEn) : string.Format(t["Embassy ({0})"], code);
}
