using System.Globalization;
using Licensing.Application.Texts;
using Licensing.Domain.Calendar;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Licensing.Web.Binding;

/// <summary>
/// A datetime-local input sends no offset ("2026-11-22T09:30"); the pages mean Phnom Penh time,
/// so such a value binds to a DateTimeOffset at +07:00. A value with an offset keeps its own.
/// </summary>
public sealed class PhnomPenhTimeBinder : TypedTextBinder
{
    protected override string MissingKey => Keys.TimeMissing;

    protected override (object? Model, string? Refusal) Read(string text)
    {
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) && !HasOffset(text))
        {
            return (new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), PhnomPenh.Offset), null);
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? (instant, null)
            : (null, Catalogue.Say(Keys.TimeMissing));
    }

    private static bool HasOffset(string text) => text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10;
}

/// <summary>Puts <see cref="PhnomPenhTimeBinder"/> in charge of every DateTimeOffset a page binds.</summary>
public sealed class PhnomPenhTimeBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(DateTimeOffset) ? new PhnomPenhTimeBinder() : null;
}
