using Hangfire;
using Hangfire.Dashboard;
using Licensing.Application.Security;
using Licensing.Web;

namespace Licensing.Api.Hosting;

/// <summary>
/// Hangfire's dashboard at /admin/hangfire, for administrators only. The endpoint requires a signed-in
/// user, so a visitor is sent to the login page; the filter then refuses every signed-in user who
/// is not an administrator (403, where the policy would redirect to the denied page).
/// </summary>
public static class HangfireDashboard
{
    public static void MapLicensingHangfireDashboard(this WebApplication app) =>
        app.MapHangfireDashboard(HangfireDashboardLink.Path, new DashboardOptions
        {
            Authorization = [new AdministratorsOnly()],
            AppPath = "/admin/jobs",
            DashboardTitle = "Licensing jobs",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization();

    private sealed class AdministratorsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.Satisfies(Policies.Administrators);
    }
}
