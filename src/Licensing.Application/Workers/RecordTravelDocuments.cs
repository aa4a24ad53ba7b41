using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Workers;

/// <summary>
/// The agency records the passport and visa on the worker's open deployment. The passport number belongs to the
/// worker (unique to one person); its dates and the visa to this deployment.
/// </summary>
public static class RecordTravelDocuments
{
    public sealed record Command(
        string PassportNumber, DateOnly? PassportIssuedOn, DateOnly? PassportExpiresOn, string VisaNumber, DateOnly? VisaIssuedOn, DateOnly? VisaExpiresOn);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PassportNumber).NotEmpty().MaximumLength(32).Matches("^[A-Za-z0-9 -]+$").WithName(_ => Catalogue.Say(Keys.PassportNumber));
            RuleFor(c => c.PassportIssuedOn).NotNull().WithName(_ => Catalogue.Say(Keys.PassportIssuedOn));
            RuleFor(c => c.PassportExpiresOn).NotNull().WithName(_ => Catalogue.Say(Keys.PassportExpiresOn));
            RuleFor(c => c.VisaNumber).NotEmpty().MaximumLength(50).WithName(_ => Catalogue.Say(Keys.VisaNumber));
            RuleFor(c => c.VisaIssuedOn).NotNull().WithName(_ => Catalogue.Say(Keys.VisaIssuedOn));
            RuleFor(c => c.VisaExpiresOn).NotNull().WithName(_ => Catalogue.Say(Keys.VisaExpiresOn));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task HandleAsync(Guid workerId, Command command, CancellationToken cancellationToken)
        {
            var deployment = await db.LoadOpenDeploymentAsync(user, workerId, cancellationToken);
            var worker = await db.Workers.SingleAsync(w => w.Id == workerId, cancellationToken);
            worker.RecordPassport(command.PassportNumber);
            if (await db.Workers.AnyAsync(w => w.PassportNumber == worker.PassportNumber && w.Id != workerId, cancellationToken))
            {
                throw new DomainException(ErrorCodes.PassportRegistered);
            }
            deployment.RecordTravelDocuments(new TravelDocuments(
                command.PassportIssuedOn!.Value, command.PassportExpiresOn!.Value, command.VisaNumber.Trim(), command.VisaIssuedOn!.Value, command.VisaExpiresOn!.Value));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
