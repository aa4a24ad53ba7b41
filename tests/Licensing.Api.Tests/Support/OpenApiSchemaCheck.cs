using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Licensing.Api.Tests.Support;

/// <summary>
/// Checks a JSON value against a schema of an OpenAPI 3.1 document, resolving <c>#/components/schemas</c> references.
/// Stricter than JSON Schema on one point: an object schema that lists properties and says nothing of others is closed,
/// so a response field the document does not describe is a mismatch too.
/// </summary>
public sealed class OpenApiSchemaCheck(JsonElement document)
{
    private const string SchemaPrefix = "#/components/schemas/";

    /// <summary>Every place where <paramref name="value"/> breaks <paramref name="schema"/>, as "path: what".</summary>
    public IEnumerable<string> Mismatches(JsonElement value, JsonElement schema, string at = "$")
    {
        if (schema.ValueKind == JsonValueKind.True) yield break;
        if (schema.TryGetProperty("$ref", out var reference))
        {
            foreach (var mismatch in Mismatches(value, Resolve(reference.GetString()!), at)) yield return mismatch;
        }
        if (schema.TryGetProperty("oneOf", out var oneOf) && oneOf.EnumerateArray().Count(s => !Mismatches(value, s, at).Any()) != 1)
        {
            yield return $"{at}: matches not exactly one of oneOf";
        }
        if (schema.TryGetProperty("anyOf", out var anyOf) && !anyOf.EnumerateArray().Any(s => !Mismatches(value, s, at).Any()))
        {
            yield return $"{at}: matches none of anyOf";
        }
        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var mismatch in allOf.EnumerateArray().SelectMany(s => Mismatches(value, s, at))) yield return mismatch;
        }
        if (schema.TryGetProperty("type", out var type) && !Types(type).Any(t => HasType(value, t)))
        {
            yield return $"{at}: {value.ValueKind} is not {type}";
            yield break;
        }
        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            yield return $"{at}: {value} is not one of {allowed}";
        }
        foreach (var mismatch in value.ValueKind switch
        {
            JsonValueKind.Object => ObjectMismatches(value, schema, at),
            JsonValueKind.Array => schema.TryGetProperty("items", out var items)
                ? value.EnumerateArray().SelectMany((item, i) => Mismatches(item, items, $"{at}[{i}]"))
                : [],
            JsonValueKind.String => StringMismatches(value.GetString()!, schema, at),
            JsonValueKind.Number => NumberMismatches(value.GetDecimal(), schema, at),
            _ => [],
        })
        {
            yield return mismatch;
        }
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith(SchemaPrefix, StringComparison.Ordinal)) throw new NotSupportedException($"reference {reference}");
        return document.GetProperty("components").GetProperty("schemas").GetProperty(reference[SchemaPrefix.Length..]);
    }

    private IEnumerable<string> ObjectMismatches(JsonElement value, JsonElement schema, string at)
    {
        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(name => !value.TryGetProperty(name, out _)))
            {
                yield return $"{at}.{name}: required but missing";
            }
        }
        var additional = schema.TryGetProperty("additionalProperties", out var a) ? a : default;
        foreach (var property in value.EnumerateObject())
        {
            var where = $"{at}.{property.Name}";
            IEnumerable<string> found = properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var described)
                ? Mismatches(property.Value, described, where)
                : additional.ValueKind == JsonValueKind.Object ? Mismatches(property.Value, additional, where)
                : additional.ValueKind == JsonValueKind.True || properties.ValueKind != JsonValueKind.Object ? []
                : [$"{where}: not in the document"];
            foreach (var mismatch in found) yield return mismatch;
        }
    }

    private static IEnumerable<string> StringMismatches(string text, JsonElement schema, string at)
    {
        if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!))
        {
            yield return $"{at}: \"{text}\" does not match {pattern}";
        }
        if (schema.TryGetProperty("maxLength", out var max) && text.Length > max.GetInt32()) yield return $"{at}: longer than {max}";
        if (schema.TryGetProperty("minLength", out var min) && text.Length < min.GetInt32()) yield return $"{at}: shorter than {min}";
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        var valid = format switch
        {
            "uuid" => Guid.TryParse(text, out _),
            "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "date-time" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => true,
        };
        if (!valid) yield return $"{at}: \"{text}\" is not a {format}";
    }

    private static IEnumerable<string> NumberMismatches(decimal number, JsonElement schema, string at)
    {
        if (schema.TryGetProperty("minimum", out var min) && number < Bound(min)) yield return $"{at}: {number} below {min}";
        if (schema.TryGetProperty("maximum", out var max) && number > Bound(max)) yield return $"{at}: {number} above {max}";
    }

    private static decimal Bound(JsonElement bound) =>
        bound.ValueKind == JsonValueKind.String ? decimal.Parse(bound.GetString()!, CultureInfo.InvariantCulture) : bound.GetDecimal();

    private static IEnumerable<string> Types(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!) : [type.GetString()!];

    private static bool HasType(JsonElement value, string type) => (type, value.ValueKind) switch
    {
        ("null", JsonValueKind.Null) => true,
        ("boolean", JsonValueKind.True or JsonValueKind.False) => true,
        ("object", JsonValueKind.Object) => true,
        ("array", JsonValueKind.Array) => true,
        ("string", JsonValueKind.String) => true,
        ("number", JsonValueKind.Number) => true,
        ("integer", JsonValueKind.Number) => value.TryGetDecimal(out var n) && n == decimal.Truncate(n),
        _ => false,
    };
}
