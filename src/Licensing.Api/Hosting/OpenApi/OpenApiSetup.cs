namespace Licensing.Api.Hosting.OpenApi;

public static class OpenApiSetup
{
    public static IServiceCollection AddLicensingOpenApi(this IServiceCollection services) => services.AddOpenApi(o =>
    {
        o.CreateSchemaReferenceId = SchemaNames.ReferenceIdFor;
        o.AddSchemaTransformer<EnumSchemas>();
        o.AddDocumentTransformer<ApiContract>();
        o.AddDocumentTransformer<WebhookEventSchemas>();
        o.AddOperationTransformer<ParameterRangeDocumentation>();
        o.AddOperationTransformer<OperationContract>();
    });
}
