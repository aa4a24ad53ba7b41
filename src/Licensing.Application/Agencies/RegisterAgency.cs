using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Agencies;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Agencies;

/// <summary>A licensing officer registers a legal entity in the agency registry, before it applies for a licence.</summary>
public static class RegisterAgency
{
    public sealed record Command(
        string NameKm, string NameEn, string RegistrationNumber, string TaxNumber,
        string HeadOfficeAddress, string HeadOfficeProvinceCode, string Phone, string Email, string Directors);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.NameKm).ValidName(Keys.CommonNameInKhmer);
            RuleFor(c => c.NameEn).ValidName(Keys.NameInEnglish);
            RuleFor(c => c.RegistrationNumber).ValidCode(Keys.CommercialRegistrationNumber);
            RuleFor(c => c.TaxNumber).ValidCode(Keys.TaxNumber);
            RuleFor(c => c.HeadOfficeAddress).ValidAddressLine();
            RuleFor(c => c.HeadOfficeProvinceCode).ValidProvince();
            RuleFor(c => c.Phone).NotEmpty().ValidPhone(Keys.Phone);
            RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(256).WithName(_ => Catalogue.Say(Keys.EMail));
            RuleFor(c => c.Directors).NotEmpty().MaximumLength(1000).WithName(_ => Catalogue.Say(Keys.Directors));
        }
    }

    public sealed class Handler(ILicensingDb db)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var registration = command.RegistrationNumber.Trim();
            if (await db.Agencies.AnyAsync(a => a.RegistrationNumber == registration, cancellationToken))
            {
                throw new DomainException(ErrorCodes.RegistrationNumberTaken);
            }
            await db.EnsureProvinceExistsAsync(command.HeadOfficeProvinceCode, cancellationToken);
            var agency = new Agency(
                new LocalizedText(command.NameKm.Trim(), command.NameEn.Trim()), registration, command.TaxNumber,
                new Address(command.HeadOfficeAddress.Trim(), command.HeadOfficeProvinceCode), command.Phone.Trim(), command.Email.Trim(), command.Directors.Trim());
            db.Agencies.Add(agency);
            await db.SaveChangesAsync(cancellationToken);
            return agency.Id;
        }
    }
}
