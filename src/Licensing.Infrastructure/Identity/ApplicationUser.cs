using Licensing.Domain.Identity;
using Microsoft.AspNetCore.Identity;

namespace Licensing.Infrastructure.Identity;

/// <summary>A person who signs in, with the scope their role binds them to.</summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = "";
    public Guid? AgencyId { get; set; }
    public string? ProvinceCode { get; set; }
    public string? CountryCode { get; set; }
    public PanelSector? PanelSector { get; set; }
}

public sealed class ApplicationRole : IdentityRole<Guid>
{
    public ApplicationRole() { }

    public ApplicationRole(string name) : base(name)
    {
        Id = Guid.CreateVersion7();
        NormalizedName = name.ToUpperInvariant();
    }
}
