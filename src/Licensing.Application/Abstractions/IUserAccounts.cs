using Licensing.Domain.Identity;

namespace Licensing.Application.Abstractions;

/// <summary>The identity store, seen from the use cases.</summary>
public interface IUserAccounts
{
    Task<bool> EmailExistsAsync(string email, CancellationToken cancellationToken);

    /// <summary>
    /// Creates the user with one role and its scope, saving every pending change of the unit of
    /// work with it; throws a DomainException listing the password rules broken.
    /// </summary>
    Task CreateAsync(NewUserAccount account, string password, CancellationToken cancellationToken);

    /// <summary>Sets the language ("km" or "en") the user's notifications are written in.</summary>
    Task SetLanguageAsync(Guid userId, string language, CancellationToken cancellationToken);
}

public sealed record NewUserAccount(
    Guid Id,
    string Email,
    string FullName,
    string Role,
    Guid? AgencyId,
    string? ProvinceCode,
    string? CountryCode,
    PanelSector? PanelSector,
    string Language);
