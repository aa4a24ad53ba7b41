using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Users;

/// <summary>An administrator creates a user with one role and the scope that role requires, and the language of their notifications (Khmer unless told).</summary>
public static class CreateUser
{
    public sealed record Command(
        string Email, string FullName, string Role, string Password,
        Guid? AgencyId = null, string? ProvinceCode = null, string? CountryCode = null, PanelSector? PanelSector = null, string? Language = null);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(256).WithName(_ => Catalogue.Say(Keys.EMail));
            RuleFor(c => c.FullName).NotEmpty().MaximumLength(200).WithName(_ => Catalogue.Say(Keys.FullName));
            RuleFor(c => c.Password).NotEmpty().MinimumLength(10).MaximumLength(128).WithName(_ => Catalogue.Say(Keys.Password));
            RuleFor(c => c.Role).Must(r => Roles.All.Contains(r)).WithName(_ => Catalogue.Say(Keys.Role));
            RuleFor(c => c.AgencyId).NotNull().When(c => NeedsAgency(c)).WithName(_ => Catalogue.Say(Keys.Agency));
            RuleFor(c => c.ProvinceCode).NotEmpty().When(c => Roles.ScopeOf(c.Role) == RoleScope.Province).WithName(_ => Catalogue.Say(Keys.Province));
            RuleFor(c => c.CountryCode).NotEmpty().When(c => Roles.ScopeOf(c.Role) == RoleScope.Country).WithName(_ => Catalogue.Say(Keys.Country));
            RuleFor(c => c.Language).Must(l => l is null or Languages.Khmer or Languages.English).WithName(_ => Catalogue.Say(Keys.Language));
            RuleFor(c => c.PanelSector).NotNull().IsInEnum().When(c => Roles.ScopeOf(c.Role) == RoleScope.PanelSector).WithName(_ => Catalogue.Say(Keys.PanelSector));
        }
    }

    /// <summary>Agency staff belong to an agency; so does a private-sector panel member, who may not evaluate it.</summary>
    private static bool NeedsAgency(Command c) =>
        Roles.ScopeOf(c.Role) == RoleScope.Agency || (Roles.ScopeOf(c.Role) == RoleScope.PanelSector && c.PanelSector == PanelSector.PrivateSector);

    public sealed class Handler(ILicensingDb db, IUserAccounts accounts, DomainEvents events, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            if (await accounts.EmailExistsAsync(command.Email, cancellationToken))
            {
                throw new DomainException(ErrorCodes.EmailTaken);
            }
            var scope = Roles.ScopeOf(command.Role);
            var agency = NeedsAgency(command);
            if (agency && !await db.Agencies.AnyAsync(a => a.Id == command.AgencyId, cancellationToken))
            {
                throw new DomainException(ErrorCodes.AgencyUnknown, DomainErrorKind.Invalid);
            }
            if (scope == RoleScope.Province) await db.EnsureProvinceExistsAsync(command.ProvinceCode!, cancellationToken);
            if (scope == RoleScope.Country && !await db.Countries.AnyAsync(c => c.Code == command.CountryCode, cancellationToken))
            {
                throw new DomainException(ErrorCodes.CountryUnknown, DomainErrorKind.Invalid);
            }

            var account = new NewUserAccount(
                Guid.CreateVersion7(), command.Email.Trim(), command.FullName.Trim(), command.Role,
                agency ? command.AgencyId : null,
                scope == RoleScope.Province ? command.ProvinceCode : null,
                scope == RoleScope.Country ? command.CountryCode?.ToUpperInvariant() : null,
                scope == RoleScope.PanelSector ? command.PanelSector : null,
                command.Language ?? Languages.Khmer);
            // Raised before the identity store saves the user, so that its notice commits in the same transaction.
            events.Raise(new UserAccountCreated(account.Id, account.Email, account.Role, account.Language, clock.GetUtcNow()));
            await accounts.CreateAsync(account, command.Password, cancellationToken);
            return account.Id;
        }
    }
}
