using System.Globalization;
using Licensing.Application.Texts;
using Microsoft.Extensions.Localization;

namespace Licensing.Web;

/// <summary>
/// The pages' localizer, T: the one catalogue (ADR-026) read in the request's language. Text written in
/// a view is keyed by its English wording; an enum value by its name. A key without an entry shows itself, as
/// ASP.NET's own localizer does; CatalogueTests fail on a view's literal key without an entry.
/// </summary>
public sealed class CatalogueLocalizer : IStringLocalizer
{
    public LocalizedString this[string name] =>
        Catalogue.Find(name, CultureInfo.CurrentUICulture.Name) is { } value ? new(name, value) : new(name, name, resourceNotFound: true);

    public LocalizedString this[string name, params object[] arguments] =>
        this[name] is { ResourceNotFound: true } missing ? missing : new(name, Catalogue.Say(name, arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        throw new NotSupportedException("The catalogue is read by key.");
}
