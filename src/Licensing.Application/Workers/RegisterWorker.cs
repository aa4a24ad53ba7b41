using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Workers;

/// <summary>
/// An agency registers a worker it recruits, optionally for a job order at once. A person is
/// registered once: a national ID or passport number already on file is refused.
/// </summary>
public static class RegisterWorker
{
    public sealed record Command(
        string NameKm, string NameLatin, Sex? Sex, DateOnly? DateOfBirth, string NationalId, string? PassportNumber,
        string ProvinceCode, string District, string Commune, string Village, string Phone,
        string EmergencyContactName, string EmergencyContactPhone, Guid? JobOrderId = null);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.NameKm).NotEmpty().MaximumLength(200).WithName(_ => Catalogue.Say(Keys.CommonNameInKhmer));
            RuleFor(c => c.NameLatin).NotEmpty().MaximumLength(200).WithName(_ => Catalogue.Say(Keys.NameInLatinScript));
            RuleFor(c => c.Sex).NotNull().IsInEnum().WithName(_ => Catalogue.Say(Keys.Sex));
            RuleFor(c => c.DateOfBirth).NotNull().GreaterThan(new DateOnly(1940, 1, 1)).WithName(_ => Catalogue.Say(Keys.DateOfBirth));
            RuleFor(c => c.NationalId).NotEmpty().MaximumLength(32).Matches("^[A-Za-z0-9 -]*[A-Za-z0-9][A-Za-z0-9 -]*$").WithName(_ => Catalogue.Say(Keys.NationalIDNumber));
            RuleFor(c => c.PassportNumber).MaximumLength(32).Matches("^[A-Za-z0-9 -]*$").WithName(_ => Catalogue.Say(Keys.PassportNumber));
            RuleFor(c => c.ProvinceCode).NotEmpty().MaximumLength(8).WithName(_ => Catalogue.Say(Keys.Province));
            RuleFor(c => c.District).NotEmpty().MaximumLength(100).WithName(_ => Catalogue.Say(Keys.District));
            RuleFor(c => c.Commune).NotEmpty().MaximumLength(100).WithName(_ => Catalogue.Say(Keys.Commune));
            RuleFor(c => c.Village).NotEmpty().MaximumLength(100).WithName(_ => Catalogue.Say(Keys.Village));
            RuleFor(c => c.Phone).NotEmpty().ValidPhone(Keys.Phone);
            RuleFor(c => c.EmergencyContactName).NotEmpty().MaximumLength(200).WithName(_ => Catalogue.Say(Keys.EmergencyContact));
            RuleFor(c => c.EmergencyContactPhone).NotEmpty().ValidPhone(Keys.EmergencyContactSPhone);
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var agencyId = user.AgencyId ?? throw new DomainException(ErrorCodes.NotAgencyStaff);
            await db.EnsureProvinceExistsAsync(command.ProvinceCode, cancellationToken);
            var worker = ToWorker(command, agencyId, clock.GetUtcNow());
            if (await DuplicateOfAsync(db, worker, cancellationToken) is { } duplicate)
            {
                throw new DomainException(ErrorCodes.WorkerAlreadyRegistered) { MessageKey = duplicate };
            }
            db.Workers.Add(worker);
            if (command.JobOrderId is { } jobOrderId)
            {
                await StartDeployment.AddAsync(db, user, worker, jobOrderId, user.AsActor(clock), cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            return worker.Id;
        }
    }

    public static Worker ToWorker(Command c, Guid agencyId, DateTimeOffset now) => new(
        agencyId, c.NameKm, c.NameLatin, c.Sex!.Value, c.DateOfBirth!.Value, c.NationalId, c.PassportNumber,
        new HomeAddress(c.ProvinceCode.Trim(), c.District.Trim(), c.Commune.Trim(), c.Village.Trim()),
        c.Phone, new EmergencyContact(c.EmergencyContactName.Trim(), c.EmergencyContactPhone.Trim()), now);

    /// <summary>Why the person is already on file (by national ID or passport), as a catalogue key, or null.</summary>
    public static async Task<string?> DuplicateOfAsync(ILicensingDb db, Worker worker, CancellationToken cancellationToken)
    {
        if (await db.Workers.AnyAsync(w => w.NationalId == worker.NationalId, cancellationToken))
        {
            return Keys.WorkerNationalIdTaken;
        }
        if (worker.PassportNumber is { } passport && await db.Workers.AnyAsync(w => w.PassportNumber == passport, cancellationToken))
        {
            return Keys.WorkerPassportTaken;
        }
        return null;
    }
}
