namespace Licensing.Domain.Identity;

/// <summary>The roles of DOMAIN.md §2. Some are bound to a scope (agency, province, country).</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string LicensingOfficer = nameof(LicensingOfficer);
    public const string Inspector = nameof(Inspector);
    public const string EvaluationPanelMember = nameof(EvaluationPanelMember);
    public const string AgencyStaff = nameof(AgencyStaff);
    public const string ProvincialOfficer = nameof(ProvincialOfficer);
    public const string EmbassyOfficer = nameof(EmbassyOfficer);
    public const string InteriorOfficer = nameof(InteriorOfficer);

    public static readonly IReadOnlyList<string> All =
    [
        Administrator, LicensingOfficer, Inspector, EvaluationPanelMember,
        AgencyStaff, ProvincialOfficer, EmbassyOfficer, InteriorOfficer,
    ];

    public static RoleScope ScopeOf(string role) => role switch
    {
        AgencyStaff => RoleScope.Agency,
        ProvincialOfficer => RoleScope.Province,
        EmbassyOfficer => RoleScope.Country,
        EvaluationPanelMember => RoleScope.PanelSector,
        _ => RoleScope.None,
    };
}

/// <summary>What a role's holder must be bound to.</summary>
public enum RoleScope
{
    None,
    Agency,
    Province,
    Country,
    PanelSector,
}

/// <summary>The three sectors of the Prakas 251 tripartite panel.</summary>
public enum PanelSector
{
    Government,
    PrivateSector,
    DevelopmentPartner,
}
