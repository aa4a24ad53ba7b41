using Licensing.Application.Abstractions;
using Licensing.Application.Common;

namespace Licensing.Application.Users;

/// <summary>Administrators page through the users, optionally filtered by text or role.</summary>
public static class ListUsers
{
    public sealed record Query(string? Search, string? Role, int? Page, int? PageSize);

    public sealed record UserSummary(
        Guid Id, string Email, string FullName, string Role,
        Guid? AgencyId, string? ProvinceCode, string? CountryCode, string? PanelSector, bool LockedOut);

    public sealed class Handler(IUserDirectory directory)
    {
        public Task<Page<UserSummary>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var (number, size) = Paging.Normalize(query.Page, query.PageSize);
            return directory.ListAsync(query.Search?.Trim(), query.Role, number, size, cancellationToken);
        }
    }
}

/// <summary>Read access to the identity store's users.</summary>
public interface IUserDirectory
{
    Task<Page<ListUsers.UserSummary>> ListAsync(string? search, string? role, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>The id and e-mail of every staff user of the agency, to notify them.</summary>
    Task<IReadOnlyList<(Guid Id, string Email)>> AgencyStaffAsync(Guid agencyId, CancellationToken cancellationToken);

    /// <summary>The id and e-mail of every user holding the role.</summary>
    Task<IReadOnlyList<(Guid Id, string Email)>> InRoleAsync(string role, CancellationToken cancellationToken);

    /// <summary>The id and e-mail of every embassy officer posted to the country.</summary>
    Task<IReadOnlyList<(Guid Id, string Email)>> EmbassyOfficersAsync(string countryCode, CancellationToken cancellationToken);
}
