using System.Globalization;
using System.Reflection;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Microsoft.AspNetCore.Http.Metadata;

namespace Licensing.Api.Hosting;

/// <summary>
/// The range of every query and route parameter of the API, by kind: a kind is recognised by the
/// parameter's name and type, so an endpoint declares nothing and a new parameter of a known kind
/// is checked at once. Identifiers, enums and yes/no values are ranged by their binding; a number
/// or date of no known kind stops the application at start-up until it is given one here.
/// </summary>
public static class ParameterRanges
{
    public static readonly DateOnly FirstDate = new(2000, 1, 1);
    public static readonly DateOnly LastDate = new(2100, 12, 31);
    public const int LongestText = 200;

    public static readonly ParameterRange Year = new(2000, 2100);
    public static readonly ParameterRange Days = new(0, 3650);
    public static readonly ParameterRange PageNumber = new(1, 100_000);
    public static readonly ParameterRange PageSize = new(1, Paging.MaxSize);
    public static readonly ParameterRange TextLength = new(0, LongestText);

    /// <summary>A change feed's cursor: the last position read (0 before the first); the feed refuses one beyond its last position.</summary>
    public static readonly ParameterRange FeedPosition = new(0, long.MaxValue);

    /// <summary>The range of a parameter, or null when its type alone bounds it (Guid, bool, enum).</summary>
    public static ParameterRange? For(string name, Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(DateOnly)) return ParameterRange.Dates;
        if (type == typeof(string)) return TextLength;
        if (type == typeof(int))
        {
            if (name.Equals("year", StringComparison.OrdinalIgnoreCase)) return Year;
            if (name.Equals("page", StringComparison.OrdinalIgnoreCase)) return PageNumber;
            if (name.Equals("pageSize", StringComparison.OrdinalIgnoreCase) || name.Equals("limit", StringComparison.OrdinalIgnoreCase)) return PageSize;
            if (name.EndsWith("Days", StringComparison.OrdinalIgnoreCase)) return Days;
        }
        if (type == typeof(long) && name.Equals("since", StringComparison.OrdinalIgnoreCase)) return FeedPosition;
        if (type == typeof(Guid) || type == typeof(bool) || type.IsEnum) return null;
        throw new InvalidOperationException($"The API parameter '{name}' ({type.Name}) has no range: give its kind one in {nameof(ParameterRanges)}.");
    }

    /// <summary>The query and route parameters of a handler, with [AsParameters] records opened up; services and bodies are left out.</summary>
    public static IEnumerable<(int Index, PropertyInfo? Property, string Name, Type Type)> Bound(MethodInfo handler) =>
        handler.GetParameters().SelectMany((p, index) => p.GetCustomAttribute<AsParametersAttribute>() is not null
            ? p.ParameterType.GetProperties().Where(IsSimple).Select(property => (index, (PropertyInfo?)property, Camel(property.Name), property.PropertyType))
            : IsSimple(p) ? [(index, (PropertyInfo?)null, p.Name!, p.ParameterType)] : []);

    private static bool IsSimple(ParameterInfo p) => IsSimple(p.ParameterType)
        && !p.GetCustomAttributes().Any(a => a is IFromHeaderMetadata or IFromBodyMetadata or IFromFormMetadata or IFromServiceMetadata);

    private static bool IsSimple(PropertyInfo p) => IsSimple(p.PropertyType);

    private static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(Guid) || type == typeof(DateOnly)
            || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(DateTimeOffset);
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

/// <summary>Inclusive bounds: of the value for numbers and dates (dates as day numbers), of the length for text.</summary>
public sealed record ParameterRange(long Minimum, long Maximum)
{
    public static readonly ParameterRange Dates = new(ParameterRanges.FirstDate.DayNumber, ParameterRanges.LastDate.DayNumber);

    public bool IsDate => this == Dates;

    public bool Holds(object value) => value switch
    {
        int n => n >= Minimum && n <= Maximum,
        long n => n >= Minimum && n <= Maximum,
        DateOnly d => d.DayNumber >= Minimum && d.DayNumber <= Maximum,
        string s => s.Length <= Maximum,
        _ => true,
    };

    /// <summary>How the range reads in the API description.</summary>
    public string Describe() => IsDate ? $"A date from {Day(Minimum)} to {Day(Maximum)} (yyyy-MM-dd)."
        : this == ParameterRanges.TextLength ? $"At most {Maximum} characters."
        : $"A whole number from {Minimum} to {Maximum}.";

    /// <summary>The refusal of a value outside the range, in the request's language.</summary>
    public string Refusal(string name) => IsDate
        ? Catalogue.Say(Keys.MustBeADateFromTo, name, Day(Minimum), Day(Maximum))
        : this == ParameterRanges.TextLength
            ? Catalogue.Say(Keys.HasAtMostCharacters, name, Maximum)
            : Catalogue.Say(Keys.MustBeAWholeNumberFrom, name, Minimum, Maximum);

    private static string Day(long dayNumber) => DateOnly.FromDayNumber((int)dayNumber).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
