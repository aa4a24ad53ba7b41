namespace Licensing.Web;

/// <summary>Where the host serves Hangfire's dashboard: one address for the host that maps it and the pages that link to it.</summary>
public static class HangfireDashboardLink
{
    public const string Path = "/admin/hangfire";
}
