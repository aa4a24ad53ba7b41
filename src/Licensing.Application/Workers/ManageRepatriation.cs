using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Workers;

namespace Licensing.Application.Workers;

/// <summary>The agency opens a repatriation case for a worker abroad (why, who asked, who pays) and follows it to the return date.</summary>
public static class ManageRepatriation
{
    public sealed record Open(RepatriationReason? Reason, RepatriationRequester? RequestedBy, RepatriationPayer? PaidBy, string? Notes);

    public sealed record Update(RepatriationStatus? Status, DateOnly? ReturnDate, string? Notes);

    public sealed class OpenValidator : AbstractValidator<Open>
    {
        public OpenValidator()
        {
            RuleFor(c => c.Reason).NotNull().IsInEnum().WithName(_ => Text.Pick("Reason", "មូលហេតុ"));
            RuleFor(c => c.RequestedBy).NotNull().IsInEnum().WithName(_ => Text.Pick("Requested by", "ស្នើដោយ"));
            RuleFor(c => c.PaidBy).NotNull().IsInEnum().WithName(_ => Text.Pick("Paid by", "ចំណាយដោយ"));
            RuleFor(c => c.Notes).MaximumLength(2000).WithName(_ => Text.Pick("Notes", "កំណត់ចំណាំ"));
        }
    }

    public sealed class UpdateValidator : AbstractValidator<Update>
    {
        public UpdateValidator()
        {
            RuleFor(c => c.Status).NotNull().IsInEnum().WithName(_ => Text.Pick("Status", "ស្ថានភាព"));
            RuleFor(c => c.Notes).MaximumLength(2000).WithName(_ => Text.Pick("Notes", "កំណត់ចំណាំ"));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<Guid> OpenAsync(Guid workerId, Open command, CancellationToken cancellationToken)
        {
            var deployment = await db.LoadOpenDeploymentAsync(user, workerId, cancellationToken);
            var repatriation = deployment.OpenRepatriation(command.Reason!.Value, command.RequestedBy!.Value, command.PaidBy!.Value,
                string.IsNullOrWhiteSpace(command.Notes) ? null : command.Notes.Trim(), user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
            return repatriation.Id;
        }

        public async Task UpdateAsync(Guid workerId, Guid caseId, Update command, CancellationToken cancellationToken)
        {
            var deployment = await db.LoadOpenDeploymentAsync(user, workerId, cancellationToken);
            deployment.UpdateRepatriation(caseId, command.Status!.Value, command.ReturnDate, string.IsNullOrWhiteSpace(command.Notes) ? null : command.Notes.Trim());
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
