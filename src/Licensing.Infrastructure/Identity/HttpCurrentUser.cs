using System.Security.Claims;
using Licensing.Application.Abstractions;
using Licensing.Application.Security;
using Microsoft.AspNetCore.Http;

namespace Licensing.Infrastructure.Identity;

/// <summary>The signed-in user of the current request; nobody outside a request (a scheduled job).</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public Guid? UserId => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
    public string? Email => Principal?.FindFirstValue(ClaimTypes.Email) ?? Principal?.FindFirstValue(ClaimTypes.Name);
    public Guid? AgencyId => Guid.TryParse(Principal?.FindFirstValue(ScopeClaims.Agency), out var id) ? id : null;
    public string? ProvinceCode => Principal?.FindFirstValue(ScopeClaims.Province);
    public string? CountryCode => Principal?.FindFirstValue(ScopeClaims.Country);

    public bool IsInRole(string role) => Principal?.IsInRole(role) ?? false;
}
