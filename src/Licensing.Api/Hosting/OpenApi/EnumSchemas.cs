using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Licensing.Api.Hosting.OpenApi;

/// <summary>
/// An enum's shared schema lists only its names. The generator adds null to it when the enum is first met as a
/// nullable property, which would let every use accept null and make the nullable uses' <c>oneOf</c> (null or the
/// enum) match twice; nullable uses already say null beside the reference.
/// </summary>
public sealed class EnumSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if ((Nullable.GetUnderlyingType(type) ?? type).IsEnum && schema.Enum is { } names)
        {
            schema.Enum = [.. names.Where(name => name is not null)];
        }
        return Task.CompletedTask;
    }
}
