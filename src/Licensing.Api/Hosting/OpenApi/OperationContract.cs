using System.Reflection;
using System.Text.RegularExpressions;
using Licensing.Application.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Licensing.Api.Hosting.OpenApi;

/// <summary>
/// Completes each operation from its endpoint's metadata: a summary and operation id when the endpoint gives none,
/// its security requirement, and the problem responses it can answer (<see cref="ProblemResponses"/>).
/// </summary>
public sealed partial class OperationContract : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var method = description.HttpMethod ?? "GET";
        var path = "/" + description.RelativePath?.TrimEnd('/');
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();

        operation.Summary ??= Summary(metadata.OfType<MethodInfo>().FirstOrDefault(), method, path);
        operation.OperationId ??= OperationId(method, path);
        var access = Access(metadata, anonymous);
        operation.Description = string.IsNullOrEmpty(operation.Description) ? access : $"{operation.Description}\n\n{access}";
        operation.Security = anonymous ? [new OpenApiSecurityRequirement()] : [ApiContract.BearerRequirement(context.Document!)];

        var hasBody = operation.RequestBody is not null;
        var statuses = new List<int>();
        if (hasBody || operation.Parameters is { Count: > 0 }) statuses.Add(400);
        if (!anonymous) statuses.AddRange([401, 403]);
        if (path.Contains('{')) statuses.Add(404);
        if (method is not "GET") statuses.AddRange([409, 422]);
        if (hasBody) statuses.AddRange([413, 415]);
        if (metadata.OfType<EnableRateLimitingAttribute>().Any()) statuses.Add(429);

        operation.Responses ??= [];
        foreach (var status in statuses.Order())
        {
            operation.Responses.TryAdd(status.ToString(), new OpenApiResponseReference(ProblemResponses.ComponentName(status), context.Document));
        }
        return Task.CompletedTask;
    }

    /// <summary>Who may call the operation: anyone, or a signed-in user holding a role every policy on the endpoint allows.</summary>
    private static string Access(IList<object> metadata, bool anonymous)
    {
        if (anonymous)
        {
            return metadata.OfType<EnableRateLimitingAttribute>().Any()
                ? "Open without signing in; each client address has a budget of requests per minute (429 with Retry-After beyond it)."
                : "Open without signing in.";
        }
        var policies = metadata.OfType<IAuthorizeData>().Select(a => Policies.All.FirstOrDefault(p => p.Name == a.Policy)).OfType<AccessPolicy>().ToList();
        if (policies.Count == 0) return "Needs a bearer token of any signed-in user; records outside the user's scope answer 404.";
        var roles = policies.Skip(1).Aggregate(policies[0].Roles.AsEnumerable(), (allowed, policy) => allowed.Intersect(policy.Roles));
        return $"Needs a bearer token of a user in one of these roles: {string.Join(", ", roles)}. Records outside the user's scope answer 404.";
    }

    /// <summary>The use case whose handler the endpoint takes ("RegisterAgency" → "Register agency"), else the method's name, else method and path.</summary>
    private static string Summary(MethodInfo? endpoint, string method, string path)
    {
        var useCase = endpoint?.GetParameters().Select(p => p.ParameterType)
            .FirstOrDefault(t => t is { Name: "Handler", DeclaringType: not null } && t.Namespace?.StartsWith("Licensing.Application", StringComparison.Ordinal) == true)
            ?.DeclaringType!.Name;
        var name = useCase ?? (endpoint is { Name: var n } && !n.Contains('<') ? n.Replace("Async", "", StringComparison.Ordinal) : null);
        if (name is null) return $"{method} {path}";
        var words = Words().Split(name).Where(w => w.Length > 0).ToList();
        return string.Join(' ', words.Select((w, i) => i == 0 ? w : IsAcronym(w) ? w : w.ToLowerInvariant()));
    }

    private static bool IsAcronym(string word) => word.Length > 1 && word.All(char.IsUpper);

    /// <summary>"GET /api/v1/agencies/{id}/branches" → "getAgenciesByIdBranches": unique as method and path are.</summary>
    private static string OperationId(string method, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).SkipWhile(s => s is "api" or "v1")
            .Select(s => s.StartsWith('{') ? "By" + Pascal(s.Trim('{', '}').Split(':')[0]) : Pascal(s));
        return method.ToLowerInvariant() + string.Concat(segments);
    }

    private static string Pascal(string segment) =>
        string.Concat(NonWord().Split(segment).Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    [GeneratedRegex("(?<=[a-z])(?=[A-Z])")]
    private static partial Regex Words();

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NonWord();
}
