using System.Security.Claims;
using Licensing.Domain.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web;

/// <summary>
/// The page each role works from (its queue, calendar, alerts or dashboard), where sign-in lands unless the person
/// was on their way to another page. A person with several roles lands on the first of them listed here.
/// </summary>
public static class WorkPage
{
    public const string AfterSignIn = "/account/start";

    private static readonly (string Role, string Path)[] ByRole =
    [
        (Roles.Administrator, "/admin/users"),
        (Roles.LicensingOfficer, "/officer/applications"),
        (Roles.Inspector, "/inspections/calendar"),
        (Roles.ProvincialOfficer, "/complaints/dashboard"),
        (Roles.EmbassyOfficer, "/alerts"),
        (Roles.InteriorOfficer, "/alerts"),
        (Roles.EvaluationPanelMember, "/evaluations"),
        (Roles.AgencyStaff, "/agency"),
    ];

    public static string Of(ClaimsPrincipal user) => ByRole.FirstOrDefault(r => user.IsInRole(r.Role)).Path ?? "/";

    /// <summary>The page asked for when it is on this site, else the role's work page.</summary>
    public static string After(string? returnUrl, IUrlHelper url) => url.IsLocalUrl(returnUrl) ? returnUrl : AfterSignIn;
}
