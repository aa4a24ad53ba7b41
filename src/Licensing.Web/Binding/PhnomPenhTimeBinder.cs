using System.Globalization;
using Licensing.Domain.Calendar;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Licensing.Web.Binding;

/// <summary>
/// A datetime-local input sends no offset ("2026-11-22T09:30"); the pages mean Phnom Penh time,
/// so such a value binds to a DateTimeOffset at +07:00. A value with an offset keeps its own.
/// </summary>
public sealed class PhnomPenhTimeBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var value = context.ValueProvider.GetValue(context.ModelName);
        if (value == ValueProviderResult.None) return Task.CompletedTask;
        context.ModelState.SetModelValue(context.ModelName, value);
        var text = value.FirstValue;
        if (string.IsNullOrWhiteSpace(text)) return Task.CompletedTask;

        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) && !HasOffset(text))
        {
            context.Result = ModelBindingResult.Success(new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), PhnomPenh.Offset));
        }
        else if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            context.Result = ModelBindingResult.Success(instant);
        }
        else
        {
            context.ModelState.TryAddModelError(context.ModelName, Application.Common.Text.Pick("Give a date and time.", "សូមបញ្ចូលកាលបរិច្ឆេទ និងម៉ោង។"));
        }
        return Task.CompletedTask;
    }

    private static bool HasOffset(string text) => text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10;
}

/// <summary>Puts <see cref="PhnomPenhTimeBinder"/> in charge of every DateTimeOffset a page binds.</summary>
public sealed class PhnomPenhTimeBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(DateTimeOffset) ? new PhnomPenhTimeBinder() : null;
}
