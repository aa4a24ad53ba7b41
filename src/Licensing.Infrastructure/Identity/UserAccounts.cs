using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Licensing.Domain.Identity;
using Licensing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Infrastructure.Identity;

/// <summary>The identity store behind the user use cases.</summary>
public sealed class UserAccounts(UserManager<ApplicationUser> users, LicensingDbContext db, TimeProvider clock) : IUserAccounts, IUserDirectory
{
    public Task<bool> EmailExistsAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = users.NormalizeEmail(email.Trim());
        return db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken);
    }

    public async Task CreateAsync(NewUserAccount account, string password, CancellationToken cancellationToken)
    {
        var user = new ApplicationUser
        {
            Id = account.Id,
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            FullName = account.FullName,
            AgencyId = account.AgencyId,
            ProvinceCode = account.ProvinceCode,
            CountryCode = account.CountryCode,
            PanelSector = account.PanelSector,
            Language = account.Language,
            LockoutEnabled = true,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        ThrowIfFailed(await users.CreateAsync(user, password));
        ThrowIfFailed(await users.AddToRoleAsync(user, account.Role));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<Page<ListUsers.UserSummary>> ListAsync(string? search, string? role, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query =
            from u in db.Users.AsNoTracking()
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            select new { User = u, Role = r.Name! };
        if (!string.IsNullOrEmpty(search))
        {
            var pattern = $"%{search.ToUpperInvariant()}%";
            query = query.Where(x => EF.Functions.Like(x.User.NormalizedEmail!, pattern) || EF.Functions.Like(x.User.FullName.ToUpper(), pattern));
        }
        if (!string.IsNullOrEmpty(role)) query = query.Where(x => x.Role == role);

        var total = await query.CountAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var rows = await query
            .OrderBy(x => x.User.Email)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(x => new { x.User.Id, x.User.Email, x.User.FullName, x.Role, x.User.AgencyId, x.User.ProvinceCode, x.User.CountryCode, x.User.PanelSector, x.User.LockoutEnd, x.User.Language })
            .ToListAsync(cancellationToken);
        return new Page<ListUsers.UserSummary>(
            rows.Select(x => new ListUsers.UserSummary(x.Id, x.Email!, x.FullName, x.Role, x.AgencyId, x.ProvinceCode, x.CountryCode, x.PanelSector?.ToString(), x.LockoutEnd > now, x.Language)).ToList(),
            total, page, pageSize);
    }

    public Task<IReadOnlyList<UserContact>> AgencyStaffAsync(Guid agencyId, CancellationToken cancellationToken) =>
        ContactsAsync(db.Users.AsNoTracking().Where(u => u.AgencyId == agencyId), cancellationToken);

    public Task<IReadOnlyList<UserContact>> InRoleAsync(string role, CancellationToken cancellationToken) =>
        HoldersAsync(role, db.Users.AsNoTracking(), cancellationToken);

    public Task<IReadOnlyList<UserContact>> EmbassyOfficersAsync(string countryCode, CancellationToken cancellationToken) =>
        HoldersAsync(Roles.EmbassyOfficer, db.Users.AsNoTracking().Where(u => u.CountryCode == countryCode), cancellationToken);

    public Task<IReadOnlyList<UserContact>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ContactsAsync(db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)), cancellationToken);

    public async Task<UserContact?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = users.NormalizeEmail(email.Trim());
        return (await ContactsAsync(db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized), cancellationToken)).SingleOrDefault();
    }

    public async Task SetLanguageAsync(Guid userId, string language, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        user.Language = language;
        await db.SaveChangesAsync(cancellationToken);
    }

    private Task<IReadOnlyList<UserContact>> HoldersAsync(string role, IQueryable<ApplicationUser> users, CancellationToken cancellationToken) =>
        ContactsAsync(
            from u in users
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where r.Name == role
            select u, cancellationToken);

    private static async Task<IReadOnlyList<UserContact>> ContactsAsync(IQueryable<ApplicationUser> users, CancellationToken cancellationToken) =>
        await users.Where(u => u.Email != null).OrderBy(u => u.Email)
            .Select(u => new UserContact(u.Id, u.Email!, u.FullName, u.Language)).ToListAsync(cancellationToken);

    private static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new DomainException(ErrorCodes.IdentityRejected, DomainErrorKind.Invalid, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
