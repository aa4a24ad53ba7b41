using Licensing.Web;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Licensing.Api.Hosting.OpenApi;

/// <summary>
/// The API description as a contract for other ministries' systems: what it is, where it is served (without a
/// trailing slash), the bearer security scheme, and the shared problem schema and responses the operations refer to.
/// </summary>
public sealed class ApiContract(IOptions<PublicSiteOptions> site, IConfiguration configuration) : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "bearer";

    public static OpenApiSecurityRequirement BearerRequirement(OpenApiDocument document) =>
        new() { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Licensing API",
            Version = "v1",
            Description = "The register of private recruitment agencies kept by Cambodia's Ministry of Labour and Vocational Training: "
                + "licences, inspections, workers and their deployments, disappearances, complaints and sanctions. "
                + "Sign in with POST /api/v1/auth/login and send the access token as `Authorization: Bearer …`. "
                + "Every error is an RFC 9457 problem; send `Accept-Language: km` for Khmer messages.",
            Contact = new OpenApiContact { Name = "Ministry of Labour and Vocational Training (MLVT)" },
        };
        document.Servers = Servers(document.Servers);
        DistinguishSharedSummaries(document);
        DescribeTags(document);

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The access token from POST /api/v1/auth/login (renewed with POST /api/v1/auth/refresh). The sign-in cookie of the web pages is not part of the API.",
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemResponses.SchemaName] = ProblemResponses.Schema();
        document.Components.Responses ??= new Dictionary<string, IOpenApiResponse>();
        foreach (var status in ProblemResponses.All)
        {
            document.Components.Responses[ProblemResponses.ComponentName(status)] = ProblemResponses.Response(status, document);
        }
        return Task.CompletedTask;
    }

    /// <summary>Operations served by one use case ("Manage public holidays") are told apart by their method and path.</summary>
    private static void DistinguishSharedSummaries(OpenApiDocument document)
    {
        var operations = (document.Paths ?? []).SelectMany(path => (path.Value.Operations ?? []).Select(o => (Path: path.Key, Method: o.Key, Operation: o.Value)));
        foreach (var shared in operations.GroupBy(o => o.Operation.Summary).Where(g => g.Count() > 1))
        {
            foreach (var (path, method, operation) in shared) operation.Summary = $"{shared.Key} ({method.Method} {path.Replace("/api/v1", "", StringComparison.Ordinal)})";
        }
    }

    /// <summary>Each tag is described by what its operations do, so that a reader of the index sees its scope.</summary>
    private static void DescribeTags(OpenApiDocument document)
    {
        var operations = (document.Paths ?? []).SelectMany(path => (path.Value.Operations ?? []).Values).ToList();
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            var summaries = operations.Where(o => o.Tags?.Any(t => t.Name == tag.Name) == true).Select(o => o.Summary).Distinct();
            tag.Description ??= $"{tag.Name}: {string.Join("; ", summaries)}.";
        }
    }

    /// <summary>The request's own address when there is one, else the configured public or listening address.</summary>
    private List<OpenApiServer> Servers(IList<OpenApiServer>? described)
    {
        var urls = described is { Count: > 0 }
            ? described.Select(s => s.Url!)
            : [site.Value.PublicBaseUrl is { Length: > 0 } configured ? configured : ServiceSetup.ListeningUrls(configuration).First()];
        return urls.Select(url => new OpenApiServer { Url = url.TrimEnd('/') }).ToList();
    }
}
