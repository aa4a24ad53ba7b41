using Licensing.Application.Abstractions;
using Licensing.Application.Common;

namespace Licensing.Application.Users;

/// <summary>Administrators page through the users, optionally filtered by text or role.</summary>
public static class ListUsers
{
    public sealed record Query(string? Search, string? Role, int? Page, int? PageSize);

    public sealed record UserSummary(
        Guid Id, string Email, string FullName, string Role,
        Guid? AgencyId, string? ProvinceCode, string? CountryCode, string? PanelSector, bool LockedOut, string Language);

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

    /// <summary>Every staff user of the agency, to notify them.</summary>
    Task<IReadOnlyList<UserContact>> AgencyStaffAsync(Guid agencyId, CancellationToken cancellationToken);

    /// <summary>Every user holding the role.</summary>
    Task<IReadOnlyList<UserContact>> InRoleAsync(string role, CancellationToken cancellationToken);

    /// <summary>Every embassy officer posted to the country.</summary>
    Task<IReadOnlyList<UserContact>> EmbassyOfficersAsync(string countryCode, CancellationToken cancellationToken);

    /// <summary>The users of these ids that exist, to show their names and write to them in their language.</summary>
    Task<IReadOnlyList<UserContact>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>The user of this e-mail address, if there is one.</summary>
    Task<UserContact?> FindByEmailAsync(string email, CancellationToken cancellationToken);
}
