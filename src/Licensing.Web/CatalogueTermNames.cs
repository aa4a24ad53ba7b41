using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;

namespace Licensing.Web;

/// <summary>A term's name in Khmer and English from the catalogue (an enum value's name is its key, as the pages use it); an unknown term is shown as it is.</summary>
public sealed class CatalogueTermNames : ITermNames
{
    public LocalizedText Of(string term) => new(Catalogue.Find(term, Languages.Khmer) ?? term, Catalogue.Find(term, Languages.English) ?? term);
}
