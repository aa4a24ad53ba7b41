using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Texts;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Licensing.Domain.Identity;
using Licensing.Domain.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inspections;

/// <summary>
/// The chief inspector schedules (or, with a reason, reschedules) a visit with a team, who are told
/// (InspectionScheduled). A team member never has a declared conflict with the agency; an ordinary visit
/// is never sooner than the notice the agency is owed (setting inspection.notice-days).
/// </summary>
public static class ScheduleInspection
{
    public sealed record Command(DateOnly Date, IReadOnlyList<Guid> InspectorIds, string? Reason);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.InspectorIds).NotEmpty().WithName(_ => Catalogue.Say(Keys.Inspectors));
            RuleFor(c => c.Reason).MaximumLength(1000).WithName(_ => Catalogue.Say(Keys.Reason));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IUserDirectory directory, DomainEvents events, TimeProvider clock, BusinessCalendar calendar, RuleSettingsCache rules)
    {
        public async Task HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var inspection = await db.LoadVisibleAsync(user, id, cancellationToken);
            var team = await TeamAsync(inspection.AgencyId, command.InspectorIds, cancellationToken);
            var by = user.AsActor(clock);
            inspection.Schedule(command.Date, team, calendar.Today, (await rules.GetAsync(db, cancellationToken)).InspectionNoticeDays, command.Reason?.Trim(), by);
            events.Raise(new InspectionScheduled(inspection, team, by.At));
            await db.SaveChangesAsync(cancellationToken);
        }

        private async Task<IReadOnlyList<Inspector>> TeamAsync(Guid agencyId, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
        {
            var inspectors = (await directory.InRoleAsync(Roles.Inspector, cancellationToken)).ToDictionary(i => i.Id, i => i.Name);
            var unknown = ids.Where(id => !inspectors.ContainsKey(id)).ToList();
            if (unknown.Count > 0) throw new DomainException(ErrorCodes.NotInspectors, DomainErrorKind.Invalid);
            if (await db.InspectorConflicts.AnyAsync(c => c.AgencyId == agencyId && ids.Contains(c.InspectorId), cancellationToken))
            {
                throw new DomainException(ErrorCodes.InspectorConflict);
            }
            return ids.Distinct().Select(id => new Inspector(id, inspectors[id])).ToList();
        }
    }
}
