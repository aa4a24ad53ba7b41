using System.Globalization;
using Licensing.Application.Texts;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Licensing.Web.Binding;

/// <summary>Reads a number with <see cref="NumberText"/> and converts it to the field's type.</summary>
public sealed class NumberBinder(NumberLimits limits, Func<decimal, object> convert) : TypedTextBinder
{
    protected override string MissingKey => Keys.NumberMissing;

    protected override (object? Model, string? Refusal) Read(string text)
    {
        var reading = NumberText.Read(text, limits);
        return reading.Refusal switch
        {
            null => (convert(reading.Value), null),
            NumberRefusal.NotWhole => (null, Catalogue.Say(Keys.NumberNotWhole, text, NumberText.Plain(reading.Value))),
            NumberRefusal.Ambiguous => (null, Catalogue.Say(Keys.NumberAmbiguous, text)),
            NumberRefusal.OutOfRange => (null, Catalogue.Say(Keys.NumberOutOfRange, text)),
            _ => (null, Catalogue.Say(Keys.NumberUnreadable, text)),
        };
    }
}

/// <summary>Puts <see cref="NumberBinder"/> in charge of every number (and nullable number) a page binds.</summary>
public sealed class NumberBinderProvider : IModelBinderProvider
{
    private static readonly Dictionary<Type, NumberBinder> Binders = new()
    {
        [typeof(decimal)] = new(NumberLimits.Decimal, value => value),
        [typeof(double)] = new(NumberLimits.Decimal, value => double.Parse(NumberText.Plain(value), CultureInfo.InvariantCulture)),
        [typeof(float)] = new(NumberLimits.Decimal, value => float.Parse(NumberText.Plain(value), CultureInfo.InvariantCulture)),
        [typeof(long)] = Whole(long.MinValue, long.MaxValue, typeof(long)),
        [typeof(int)] = Whole(int.MinValue, int.MaxValue, typeof(int)),
        [typeof(short)] = Whole(short.MinValue, short.MaxValue, typeof(short)),
    };

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        Binders.GetValueOrDefault(context.Metadata.UnderlyingOrModelType);

    private static NumberBinder Whole(decimal minimum, decimal maximum, Type type) =>
        new(new NumberLimits(true, minimum, maximum), value => Convert.ChangeType(value, type, CultureInfo.InvariantCulture));
}
