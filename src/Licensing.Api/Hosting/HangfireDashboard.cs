using Hangfire;
using Hangfire.Dashboard;
using Licensing.Domain.Identity;

namespace Licensing.Api.Hosting;

/// <summary>
/// Hangfire's dashboard at /admin/hangfire, for administrators only. The endpoint keeps the app's
/// fallback policy, so a visitor who is not signed in is sent to the login page; the filter then
/// refuses every signed-in user who is not an administrator (403).
/// </summary>
public static class HangfireDashboard
{
    public const string Path = "/admin/hangfire";

    public static void MapLicensingHangfireDashboard(this WebApplication app) =>
        app.MapHangfireDashboard(Path, new DashboardOptions
        {
            Authorization = [new AdministratorsOnly()],
            AppPath = "/admin/jobs",
            DashboardTitle = "Licensing jobs",
            DisplayStorageConnectionString = false,
        });

    private sealed class AdministratorsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Administrator);
    }
}
