using Licensing.Application.Webhooks;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Licensing.Api.Hosting.OpenApi;

/// <summary>
/// The body of every webhook delivery is part of the contract though no operation returns it: the envelope
/// (WebhookEvent) and the data of each family of kinds are added as schemas.
/// </summary>
public sealed class WebhookEventSchemas : IOpenApiDocumentTransformer
{
    private static readonly Type[] Payloads =
        [typeof(WebhookEvent), typeof(LicenceEventData), typeof(SanctionEventData), typeof(InspectionEventData), typeof(DisappearanceEventData), typeof(ComplaintEventData)];

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var type in Payloads)
        {
            document.Components.Schemas[type.Name] = await context.GetOrCreateSchemaAsync(type, cancellationToken: cancellationToken);
        }
    }
}
