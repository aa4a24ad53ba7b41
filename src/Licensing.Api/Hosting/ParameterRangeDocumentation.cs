using System.Globalization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Licensing.Api.Hosting;

/// <summary>Writes each query and route parameter's <see cref="ParameterRanges"/> range into the API description: its schema bounds and a sentence.</summary>
public sealed class ParameterRangeDocumentation : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            var described = context.Description.ParameterDescriptions.FirstOrDefault(d => string.Equals(d.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            if (described?.Type is null || parameter.In is not (ParameterLocation.Query or ParameterLocation.Path)) continue;
            if (ParameterRanges.For(parameter.Name!, described.Type) is not { } range) continue;

            parameter.Description = string.IsNullOrEmpty(parameter.Description) ? range.Describe() : $"{parameter.Description} {range.Describe()}";
            if (parameter.Schema is not OpenApiSchema schema) continue;
            if (range == ParameterRanges.TextLength) schema.MaxLength = (int)range.Maximum;
            else if (!range.IsDate)
            {
                schema.Minimum = range.Minimum.ToString(CultureInfo.InvariantCulture);
                schema.Maximum = range.Maximum.ToString(CultureInfo.InvariantCulture);
            }
        }
        return Task.CompletedTask;
    }
}
