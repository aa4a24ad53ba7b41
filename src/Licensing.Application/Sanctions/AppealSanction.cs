using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Events;
using Licensing.Application.Common;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Licensing.Domain.Identity;
using Licensing.Domain.Sanctions;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Sanctions;

/// <summary>
/// The agency appeals a sanction before the deadline; a decision-maker upholds (the sanction is
/// annulled and the licence restored) or dismisses it.
/// </summary>
public static class AppealSanction
{
    public sealed record Appeal(string Grounds);

    public sealed record Decision(AppealOutcome Outcome, string Reason);

    public sealed class AppealValidator : AbstractValidator<Appeal>
    {
        public AppealValidator() => RuleFor(c => c.Grounds).NotEmpty().MaximumLength(4000).WithName(_ => Text.Pick("Grounds of appeal", "មូលដ្ឋាននៃបណ្តឹងឧទ្ធរណ៍"));
    }

    public sealed class DecisionValidator : AbstractValidator<Decision>
    {
        public DecisionValidator()
        {
            RuleFor(c => c.Outcome).IsInEnum().WithName(_ => Text.Pick("Outcome", "លទ្ធផល"));
            RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000).WithName(_ => Text.Pick("Reason", "មូលហេតុ"));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IUserDirectory directory, ApplySanctions.Handler effects, TimeProvider clock, BusinessCalendar calendar)
    {
        public async Task LodgeAsync(Guid id, Appeal appeal, CancellationToken cancellationToken)
        {
            var sanction = await db.LoadVisibleSanctionAsync(user, id, cancellationToken);
            var by = user.AsActor(clock);
            sanction.LodgeAppeal(appeal.Grounds, calendar.DateOf(by.At), by);
            foreach (var (userId, email) in await directory.InRoleAsync(Roles.LicensingOfficer, cancellationToken))
            {
                db.NotifyUser(userId, email, "Sanction appealed / បណ្តឹងឧទ្ធរណ៍លើទណ្ឌកម្ម",
                    $"An agency appealed its {sanction.Kind} of {sanction.DecidedOn:yyyy-MM-dd}: /sanctions/{sanction.Id}", by.At);
            }
            await db.SaveChangesAsync(cancellationToken);
        }

        public async Task DecideAsync(Guid id, Decision decision, CancellationToken cancellationToken)
        {
            var sanction = await db.Sanctions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw DomainException.NotFound("Sanction");
            var by = user.AsActor(clock);
            if (sanction.DecideAppeal(decision.Outcome, decision.Reason, by)) await effects.RestoreLicenceAsync(sanction, by, cancellationToken);
            await db.NotifyAgencyAsync(directory, sanction.AgencyId, "Appeal decided / បណ្តឹងឧទ្ធរណ៍ត្រូវបានសម្រេច",
                $"Your appeal against the {sanction.Kind} of {sanction.DecidedOn:yyyy-MM-dd} was {decision.Outcome}. Reason: {decision.Reason.Trim()}", by.At, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
