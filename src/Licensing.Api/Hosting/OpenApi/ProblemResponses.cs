using System.Text.Json.Nodes;
using Licensing.Domain.Common;
using Microsoft.OpenApi;

namespace Licensing.Api.Hosting.OpenApi;

/// <summary>
/// The RFC 9457 problem schema and one reusable response per error status the API answers, each with an example
/// shaped as <see cref="ProblemExceptionHandler"/>, the validation filter and the status-code pages write them.
/// </summary>
public static class ProblemResponses
{
    public const string SchemaName = "Problem";
    public const string MediaType = "application/problem+json";
    private const string CodeProperty = "code";

    private static readonly Dictionary<int, (string Name, string Description, JsonObject Example)> Statuses = new()
    {
        [400] = ("BadRequest", "The request could not be read, a field breaks its validation rule or a parameter is outside its documented range. `errors` names each field.",
            Example(400, "One or more validation errors occurred.", null, null, new JsonObject { ["name"] = new JsonArray("'Name' must not be empty.") })),
        [401] = ("Unauthorized", "No valid bearer token was sent.", Example(401, "Sign in first", "This needs a signed-in user.", ErrorCodes.Unauthenticated)),
        [403] = ("Forbidden", "The caller's role does not allow this, or the caller must first turn on two-factor sign-in.",
            Example(403, "Not allowed", "Your role does not allow this.", ErrorCodes.Forbidden)),
        [404] = ("NotFound", "There is no such record, or it lies outside the caller's scope (another agency, province or country).",
            Example(404, "Not found", "The agency was not found.", ErrorCodes.NotFound)),
        [409] = ("Conflict", "The request conflicts with the record's current state, or someone else changed the record first.",
            Example(409, "The request conflicts with the record's state", "The licence is not active.", ErrorCodes.LicenceNotActive)),
        [413] = ("PayloadTooLarge", "The body is larger than the server reads.", Example(413, "Too large", "What was sent is larger than the limit.", null)),
        [415] = ("UnsupportedMediaType", "The body's Content-Type is not one this operation accepts.",
            Example(415, "Unsupported Content-Type", "This address does not accept a body of type 'text/plain'.", null)),
        [422] = ("UnprocessableEntity", "The request is well formed but breaks a business rule; `code` says which.",
            Example(422, "The request breaks a rule", "A training centre's capacity must be more than zero.", ErrorCodes.CapacityNotPositive)),
        [429] = ("TooManyRequests", "The caller's address sent too many requests to this public form; the Retry-After header says how many seconds to wait.",
            Example(429, "Too many requests", "Too many requests; try again later.", ErrorCodes.TooManyRequests)),
    };

    public static IEnumerable<int> All => Statuses.Keys;

    public static string ComponentName(int status) => Statuses[status].Name;

    public static OpenApiSchema Schema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An RFC 9457 problem. `code` is a stable machine-readable reason; `title` and `detail` are in the request's language (Accept-Language: km or en).",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A URI reference naming the problem type." },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
            [CodeProperty] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The reason, stable across languages and versions." },
            ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Quote it when reporting a problem." },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "For a refused body: each field, keyed as the body names it, with its messages.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
            ["missing"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Description = "For a refused step: each condition still unmet.",
                Items = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        [CodeProperty] = new OpenApiSchema { Type = JsonSchemaType.String },
                        ["message"] = new OpenApiSchema { Type = JsonSchemaType.String },
                    },
                },
            },
        },
    };

    public static OpenApiResponse Response(int status, OpenApiDocument document)
    {
        var (_, description, example) = Statuses[status];
        return new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [MediaType] = new() { Schema = new OpenApiSchemaReference(SchemaName, document), Example = example.DeepClone() },
            },
        };
    }

    private static JsonObject Example(int status, string title, string? detail, string? code, JsonObject? errors = null)
    {
        var example = new JsonObject { ["type"] = $"https://tools.ietf.org/html/rfc9110#section-15.5.{status - 399}", ["title"] = title, ["status"] = status };
        if (detail is not null) example["detail"] = detail;
        if (errors is not null) example["errors"] = errors;
        if (code is not null) example[CodeProperty] = code;
        example["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        return example;
    }
}
