using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;

namespace Licensing.Api.Hosting.OpenApi;

/// <summary>
/// Names each schema of the API description after the type and every type it is nested in, so that the use cases'
/// nested <c>Command</c>, <c>Item</c> and <c>Detail</c> records stay apart: <c>RegisterAgency.Command</c> is
/// <c>RegisterAgencyCommand</c>, <c>Page&lt;ListAgencies.Item&gt;</c> is <c>PageOfListAgenciesItem</c>.
/// </summary>
public static class SchemaNames
{
    /// <summary>Endpoint classes hold a few response records; their suffix adds nothing to a schema's name.</summary>
    private const string EndpointsSuffix = "Endpoints";

    /// <summary>Null (the schema is written inline) for what has no name of its own: primitives, collections, anonymous types.</summary>
    public static string? ReferenceIdFor(JsonTypeInfo type) =>
        OpenApiOptions.CreateDefaultSchemaReferenceId(type) is null || type.Type.IsDefined(typeof(CompilerGeneratedAttribute), false) ? null : NameOf(type.Type);

    public static string NameOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var name = type.Name;
        if (name.IndexOf('`') is var tick and >= 0) name = name[..tick];
        var owner = type.DeclaringType is { } declaring && !type.IsGenericParameter ? OwnerName(declaring) : "";
        var arguments = type.IsGenericType && !type.IsGenericTypeDefinition
            ? "Of" + string.Join("And", type.GetGenericArguments().Skip(type.DeclaringType?.GetGenericArguments().Length ?? 0).Select(NameOf))
            : "";
        return owner + name + arguments;
    }

    private static string OwnerName(Type declaring)
    {
        var name = NameOf(declaring.IsGenericType ? declaring.GetGenericTypeDefinition() : declaring);
        return name.EndsWith(EndpointsSuffix, StringComparison.Ordinal) && name.Length > EndpointsSuffix.Length ? name[..^EndpointsSuffix.Length] : name;
    }
}
