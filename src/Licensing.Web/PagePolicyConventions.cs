using Licensing.Application.Security;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Web;

/// <summary>Page folders and pages apply the policies of <see cref="Policies"/>, never a policy or role named by a string.</summary>
public static class PagePolicyConventions
{
    public static PageConventionCollection AuthorizeFolder(this PageConventionCollection conventions, string folderPath, AccessPolicy policy) =>
        conventions.AuthorizeFolder(folderPath, policy.Name);

    public static PageConventionCollection AuthorizePage(this PageConventionCollection conventions, string pageName, AccessPolicy policy) =>
        conventions.AuthorizePage(pageName, policy.Name);
}
