using Licensing.Domain.Common;
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

    /// <summary>The language the user's notifications are written in ("km" or "en").</summary>
    public string Language { get; set; } = Languages.Khmer;
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
