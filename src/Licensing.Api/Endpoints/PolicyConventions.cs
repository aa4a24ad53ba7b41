using Licensing.Application.Security;

namespace Licensing.Api.Endpoints;

/// <summary>Route groups and endpoints apply the policies of <see cref="Policies"/>, never a policy or role named by a string.</summary>
public static class PolicyConventions
{
    public static TBuilder RequireAuthorization<TBuilder>(this TBuilder builder, AccessPolicy policy) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy.Name);
}
