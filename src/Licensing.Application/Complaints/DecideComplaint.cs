using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Events;
using Licensing.Application.Common;
using Licensing.Application.Users;
using Licensing.Domain.Complaints;
using Licensing.Domain.Identity;

namespace Licensing.Application.Complaints;

/// <summary>
/// The outcome: resolved with a settlement (refund, documents returned, repatriation) whose
/// honouring is recorded later; referred to a court, the police/NCCT (the Ministry of Interior is
/// told) or an embassy; or dismissed with a reason.
/// </summary>
public static class DecideComplaint
{
    public sealed record ResolveCommand(decimal? RefundUsd, bool DocumentsReturned, bool Repatriation, string Terms);

    public sealed record ReferCommand(ReferralTarget? Target, string Note);

    public sealed record DismissCommand(string Reason);

    public sealed record HonouredCommand(bool Honoured);

    public sealed class ResolveValidator : AbstractValidator<ResolveCommand>
    {
        public ResolveValidator()
        {
            RuleFor(c => c.RefundUsd).InclusiveBetween(0m, 1_000_000m).WithName(_ => Text.Pick("Refund (USD)", "ប្រាក់សងវិញ (ដុល្លារ)"));
            RuleFor(c => c.Terms).NotEmpty().MaximumLength(2000).WithName(_ => Text.Pick("What was agreed", "អ្វីដែលបានព្រមព្រៀង"));
        }
    }

    public sealed class ReferValidator : AbstractValidator<ReferCommand>
    {
        public ReferValidator()
        {
            RuleFor(c => c.Target).NotNull().IsInEnum().WithName(_ => Text.Pick("Referred to", "បញ្ជូនទៅ"));
            RuleFor(c => c.Note).NotEmpty().MaximumLength(2000).WithName(_ => Text.Pick("Note", "កំណត់ចំណាំ"));
        }
    }

    public sealed class DismissValidator : AbstractValidator<DismissCommand>
    {
        public DismissValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000).WithName(_ => Text.Pick("Reason", "មូលហេតុ"));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IUserDirectory directory, TimeProvider clock)
    {
        public Task ResolveAsync(Guid id, ResolveCommand command, CancellationToken cancellationToken) => DecideAsync(id, (complaint, by) =>
        {
            complaint.Resolve(new Settlement(command.RefundUsd, command.DocumentsReturned, command.Repatriation, command.Terms.Trim()), by);
            return Task.CompletedTask;
        }, cancellationToken);

        public Task ReferAsync(Guid id, ReferCommand command, CancellationToken cancellationToken) => DecideAsync(id, async (complaint, by) =>
        {
            complaint.Refer(command.Target!.Value, command.Note.Trim(), by);
            if (command.Target != ReferralTarget.PoliceOrNcct) return;
            foreach (var (officerId, email) in await directory.InRoleAsync(Roles.InteriorOfficer, cancellationToken))
            {
                db.NotifyUser(officerId, email, $"Complaint {complaint.TrackingCode} referred to the police / NCCT", command.Note.Trim(), by.At, $"complaint-referred:{complaint.Id}:{officerId}");
            }
        }, cancellationToken);

        public Task DismissAsync(Guid id, DismissCommand command, CancellationToken cancellationToken) => DecideAsync(id, (complaint, by) =>
        {
            complaint.Dismiss(command.Reason.Trim(), by);
            return Task.CompletedTask;
        }, cancellationToken);

        public async Task RecordHonouredAsync(Guid id, HonouredCommand command, CancellationToken cancellationToken)
        {
            var complaint = await db.LoadForHandlingAsync(user, id, cancellationToken);
            complaint.RecordSettlementHonoured(command.Honoured, user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }

        private async Task DecideAsync(Guid id, Func<Complaint, Domain.Common.Actor, Task> decide, CancellationToken cancellationToken)
        {
            var complaint = await db.LoadForHandlingAsync(user, id, cancellationToken);
            var by = user.AsActor(clock);
            await decide(complaint, by);
            db.TellComplainant(complaint, by.At, "complaint-decided");
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
