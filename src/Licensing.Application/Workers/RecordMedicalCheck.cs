using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Workers;

namespace Licensing.Application.Workers;

/// <summary>The agency records the medical check on the worker's open deployment.</summary>
public static class RecordMedicalCheck
{
    /// <summary>Physical and mental health are each found fit or not (R18); both are required.</summary>
    public sealed record Command(DateOnly? ExaminedOn, string Clinic, bool? PhysicallyFit, bool? MentallyFit);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ExaminedOn).NotNull().WithName(_ => Catalogue.Say(Keys.DateOfTheCheck));
            RuleFor(c => c.Clinic).NotEmpty().MaximumLength(200).WithName(_ => Catalogue.Say(Keys.Clinic));
            RuleFor(c => c.PhysicallyFit).NotNull().WithName(_ => Catalogue.Say(Keys.WorkersPhysicalHealth));
            RuleFor(c => c.MentallyFit).NotNull().WithName(_ => Catalogue.Say(Keys.WorkersMentalHealth));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task HandleAsync(Guid workerId, Command command, CancellationToken cancellationToken)
        {
            var deployment = await db.LoadOpenDeploymentAsync(user, workerId, cancellationToken);
            deployment.RecordMedical(new MedicalCheck(command.ExaminedOn!.Value, command.Clinic.Trim(), command.PhysicallyFit!.Value, command.MentallyFit!.Value));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
