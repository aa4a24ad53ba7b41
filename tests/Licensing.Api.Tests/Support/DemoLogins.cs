namespace Licensing.Api.Tests.Support;

/// <summary>The demo users seeded in every test application, one per role.</summary>
public static class DemoLogins
{
    public const string Administrator = "admin@licensing.example";
    public const string LicensingOfficer = "officer@licensing.example";
    public const string Inspector = "inspector@licensing.example";
    public const string PanelMember = "panel@licensing.example";
    public const string AgencyStaff = "agency@licensing.example";
    public const string ProvincialOfficer = "pdlvt@licensing.example";
    public const string EmbassyOfficer = "embassy.th@licensing.example";
    public const string InteriorOfficer = "moi@licensing.example";

    public static readonly IReadOnlyList<string> All =
        [Administrator, LicensingOfficer, Inspector, PanelMember, AgencyStaff, ProvincialOfficer, EmbassyOfficer, InteriorOfficer];
}
