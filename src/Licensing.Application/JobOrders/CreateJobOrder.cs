using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Licences;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Workers;

namespace Licensing.Application.JobOrders;

/// <summary>An agency registers an employer's demand for workers, refused when the work is restricted or reserved (R26, R33); a licensing officer then verifies it.</summary>
public static class CreateJobOrder
{
    public sealed record Command(
        string CountryCode, string EmployerName, string EmployerAddress, string SectorCode, string Occupation,
        int WorkersRequested, decimal MonthlyWage, string Currency, int ContractMonths);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.CountryCode).NotEmpty().Length(2).WithName(_ => Catalogue.Say(Keys.ReceivingCountry));
            RuleFor(c => c.EmployerName).NotEmpty().MaximumLength(300).WithName(_ => Catalogue.Say(Keys.Employer));
            RuleFor(c => c.EmployerAddress).NotEmpty().MaximumLength(500).WithName(_ => Catalogue.Say(Keys.EmployerSAddressAbroad));
            RuleFor(c => c.SectorCode).NotEmpty().MaximumLength(32).WithName(_ => Catalogue.Say(Keys.Sector));
            RuleFor(c => c.Occupation).NotEmpty().MaximumLength(200).WithName(_ => Catalogue.Say(Keys.Occupation));
            RuleFor(c => c.WorkersRequested).InclusiveBetween(1, 10_000).WithName(_ => Catalogue.Say(Keys.NumberOfWorkers));
            RuleFor(c => c.MonthlyWage).GreaterThan(0m).LessThan(100_000_000m).WithName(_ => Catalogue.Say(Keys.MonthlyWage));
            RuleFor(c => c.Currency).NotEmpty().Matches("^[A-Za-z]{3}$").WithName(_ => Catalogue.Say(Keys.Currency));
            RuleFor(c => c.ContractMonths).InclusiveBetween(1, 120).WithName(_ => Catalogue.Say(Keys.ContractLengthMonths));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock, BusinessCalendar calendar)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var agencyId = user.AgencyId ?? throw new DomainException(ErrorCodes.NotAgencyStaff);
            await db.EnsureMayRecruitAsync(agencyId, cancellationToken);
            var offer = new JobOffer(command.CountryCode.ToUpperInvariant(), command.EmployerName.Trim(), command.EmployerAddress.Trim(), command.SectorCode,
                command.Occupation.Trim(), command.WorkersRequested, command.MonthlyWage, command.Currency, command.ContractMonths);
            await db.EnsureLegalAsync(agencyId, offer, calendar.Today, cancellationToken);
            var order = new JobOrder(agencyId, offer, user.AsActor(clock));
            db.JobOrders.Add(order);
            await db.SaveChangesAsync(cancellationToken);
            return order.Id;
        }
    }
}
