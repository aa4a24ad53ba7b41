using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Workers;

namespace Licensing.Application.Workers;

/// <summary>The agency follows a worker's repatriation case to the return date.</summary>
public static class UpdateRepatriation
{
    public sealed record Command(RepatriationStatus? Status, DateOnly? ReturnDate, string? Notes);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Status).NotNull().IsInEnum().WithName(_ => Text.Pick("Status", "ស្ថានភាព"));
            RuleFor(c => c.Notes).MaximumLength(2000).WithName(_ => Text.Pick("Notes", "កំណត់ចំណាំ"));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task HandleAsync(Guid workerId, Guid caseId, Command command, CancellationToken cancellationToken)
        {
            var deployment = await db.LoadOpenDeploymentAsync(user, workerId, cancellationToken);
            deployment.UpdateRepatriation(caseId, command.Status!.Value, command.ReturnDate, string.IsNullOrWhiteSpace(command.Notes) ? null : command.Notes.Trim());
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
