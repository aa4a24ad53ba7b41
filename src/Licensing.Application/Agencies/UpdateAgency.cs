using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Agencies;
using Licensing.Domain.Common;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Agencies;

/// <summary>
/// Changes an agency's details; fields left out stay as they are. Agency staff keep their
/// contacts up to date; once licensed, legal identity changes go through an officer, and the
/// registration number never changes (the licence is not transferable).
/// </summary>
public static class UpdateAgency
{
    public sealed record Command(
        Guid? Version, string? NameKm = null, string? NameEn = null, string? RegistrationNumber = null, string? TaxNumber = null,
        string? HeadOfficeAddress = null, string? HeadOfficeProvinceCode = null, string? Phone = null, string? Email = null, string? Directors = null);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.NameKm).ValidName(Keys.CommonNameInKhmer).When(c => c.NameKm is not null);
            RuleFor(c => c.NameEn).ValidName(Keys.NameInEnglish).When(c => c.NameEn is not null);
            RuleFor(c => c.RegistrationNumber).ValidCode(Keys.CommercialRegistrationNumber).When(c => c.RegistrationNumber is not null);
            RuleFor(c => c.TaxNumber).ValidCode(Keys.TaxNumber).When(c => c.TaxNumber is not null);
            RuleFor(c => c.HeadOfficeAddress).ValidAddressLine().When(c => c.HeadOfficeAddress is not null);
            RuleFor(c => c.HeadOfficeProvinceCode).ValidProvince().When(c => c.HeadOfficeProvinceCode is not null);
            RuleFor(c => c.Phone).NotEmpty().ValidPhone(Keys.Phone).When(c => c.Phone is not null);
            RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(256).When(c => c.Email is not null).WithName(_ => Catalogue.Say(Keys.EMail));
            RuleFor(c => c.Directors).NotEmpty().MaximumLength(1000).When(c => c.Directors is not null).WithName(_ => Catalogue.Say(Keys.Directors));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task<Guid> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var agency = await db.Agencies.VisibleTo(user).SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
                ?? throw DomainException.NotFound();
            if (!user.IsLicensingOfficer() && user.AgencyId != id) throw DomainException.NotFound();
            if (command.Version is { } version) db.ExpectVersion(agency, version);

            if (command.HeadOfficeProvinceCode is { } province) await db.EnsureProvinceExistsAsync(province, cancellationToken);
            agency.UpdateContacts(
                new Address(command.HeadOfficeAddress?.Trim() ?? agency.HeadOffice.Line, command.HeadOfficeProvinceCode ?? agency.HeadOffice.ProvinceCode),
                command.Phone?.Trim() ?? agency.Phone, command.Email?.Trim() ?? agency.Email, command.Directors?.Trim() ?? agency.Directors);

            if (command is { NameKm: not null } or { NameEn: not null } or { RegistrationNumber: not null } or { TaxNumber: not null })
            {
                var licensed = await db.Licences.AnyAsync(l => l.AgencyId == id && l.Status != LicenceStatus.Revoked && l.Status != LicenceStatus.Surrendered, cancellationToken);
                var registration = command.RegistrationNumber?.Trim() ?? agency.RegistrationNumber;
                if (registration != agency.RegistrationNumber && await db.Agencies.AnyAsync(a => a.RegistrationNumber == registration, cancellationToken))
                {
                    throw new DomainException(ErrorCodes.RegistrationNumberTaken);
                }
                agency.ChangeLegalIdentity(
                    new LocalizedText(command.NameKm?.Trim() ?? agency.Name.Km, command.NameEn?.Trim() ?? agency.Name.En),
                    registration, command.TaxNumber ?? agency.TaxNumber, licensed, user.IsLicensingOfficer());
            }
            await db.SaveChangesAsync(cancellationToken);
            return agency.Version;
        }
    }
}
