using Licensing.Domain.Identity;

namespace Licensing.Infrastructure.Seeding;

/// <summary>One fixed demo login per role, listed in the README.</summary>
public static class DemoUsers
{
    public sealed record DemoUser(string Email, string FullName, string Role, bool FirstAgency = false, string? Province = null, string? Country = null, PanelSector? Sector = null);

    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("admin@licensing.example", "Demo Administrator", Roles.Administrator),
        new("officer@licensing.example", "Demo Licensing Officer", Roles.LicensingOfficer),
        new("inspector@licensing.example", "Demo Inspector", Roles.Inspector),
        new("panel@licensing.example", "Demo Panel Member", Roles.EvaluationPanelMember, Sector: PanelSector.Government),
        new("panel.private@licensing.example", "Demo Panel Member (private sector)", Roles.EvaluationPanelMember, FirstAgency: true, Sector: PanelSector.PrivateSector),
        new("panel.partner@licensing.example", "Demo Panel Member (development partner)", Roles.EvaluationPanelMember, Sector: PanelSector.DevelopmentPartner),
        new("agency@licensing.example", "Demo Agency Staff", Roles.AgencyStaff, FirstAgency: true),
        new("pdlvt@licensing.example", "Demo Provincial Officer", Roles.ProvincialOfficer, Province: "KH-2"),
        new("embassy.th@licensing.example", "Demo Embassy Officer", Roles.EmbassyOfficer, Country: "TH"),
        new("moi@licensing.example", "Demo Interior Officer", Roles.InteriorOfficer),
    ];
}
