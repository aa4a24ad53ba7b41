using System.Globalization;
using Licensing.Application.Texts;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Licensing.Web.Binding;

/// <summary>
/// A day is typed as a date input sends it, yyyy-MM-dd (Khmer digits allowed), on every page whatever its language:
/// no day-month order to guess.
/// </summary>
public sealed class DayBinder : TypedTextBinder
{
    protected override string MissingKey => Keys.DayMissing;

    protected override (object? Model, string? Refusal) Read(string text) =>
        DateOnly.TryParseExact(NumberText.Latin(text), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? (day, null)
            : (null, Catalogue.Say(Keys.DayUnreadable, text));
}

/// <summary>Puts <see cref="DayBinder"/> in charge of every DateOnly a page binds.</summary>
public sealed class DayBinderProvider : IModelBinderProvider
{
    private static readonly DayBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(DateOnly) ? Binder : null;
}
