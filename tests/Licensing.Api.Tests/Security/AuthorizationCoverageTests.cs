using System.Reflection;
using Licensing.Api.Tests.Support;
using Licensing.Application.Security;
using Licensing.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Api.Tests.Security;

/// <summary>
/// Every endpoint the host maps, API and page alike, says who may use it: a policy of
/// <see cref="Policies"/>, any signed-in user (an authorize marker without a policy), or anonymous.
/// The fallback policy still refuses visitors on anything that forgets; this test makes forgetting fail.
/// </summary>
public sealed class AuthorizationCoverageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public void EveryEndpointAndPage_NamesAPolicyOrAllowsAnonymous()
    {
        var endpoints = Endpoints();
        var known = Policies.All.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null && authorize.Count == 0) problems.Add($"{Describe(endpoint)}: no policy and not anonymous");
            problems.AddRange(authorize.Where(a => a.Roles is not null).Select(a => $"{Describe(endpoint)}: roles {a.Roles} named outside Policies"));
            problems.AddRange(authorize.Where(a => !string.IsNullOrEmpty(a.Policy) && !known.Contains(a.Policy)).Select(a => $"{Describe(endpoint)}: policy {a.Policy} is not in Policies.All"));
        }
        Assert.True(endpoints.Count(e => e.RoutePattern.RawText!.StartsWith("/api/v1/", StringComparison.Ordinal)) > 100, "too few API endpoints found");
        Assert.True(endpoints.Count(e => e.DisplayName?.StartsWith('/') == true) > 50, "too few pages found"); // a page's display name is its path
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void EveryApiLinkOfThePages_NamesOneEndpoint()
    {
        var names = typeof(ApiEndpointNames).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();
        var endpoints = Endpoints();
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Single(endpoints, e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == name));
    }

    /// <summary>All mapped endpoints but the file fallback MapStaticAssets adds beside its (anonymous) assets outside Production.</summary>
    private List<RouteEndpoint> Endpoints() => app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        .Where(e => e.DisplayName != "Fallback {**path:file}")
        .ToList();

    private static string Describe(RouteEndpoint endpoint) => $"{endpoint.RoutePattern.RawText} ({endpoint.DisplayName})";
}
