using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Workers;

namespace Licensing.Application.Workers;

/// <summary>The worker is home: how the journey ended and the province they returned to. The deployment closes.</summary>
public static class RecordReturn
{
    public sealed record Command(ReturnOutcome? Outcome, DateOnly? ReturnedOn, string ProvinceCode);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Outcome).NotNull().IsInEnum().WithName(_ => Catalogue.Say(Keys.Outcome));
            RuleFor(c => c.ReturnedOn).NotNull().WithName(_ => Catalogue.Say(Keys.ReturnDate));
            RuleFor(c => c.ProvinceCode).NotEmpty().MaximumLength(8).WithName(_ => Catalogue.Say(Keys.ProvinceReturnedTo));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task HandleAsync(Guid workerId, Command command, CancellationToken cancellationToken)
        {
            var deployment = await db.LoadOpenDeploymentAsync(user, workerId, cancellationToken);
            await db.EnsureProvinceExistsAsync(command.ProvinceCode, cancellationToken);
            deployment.RecordReturn(new ReturnRecord(command.Outcome!.Value, command.ReturnedOn!.Value, command.ProvinceCode));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
