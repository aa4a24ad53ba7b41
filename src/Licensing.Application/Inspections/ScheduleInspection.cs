using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Licensing.Domain.Identity;
using Licensing.Domain.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inspections;

/// <summary>
/// The chief inspector schedules (or, with a reason, reschedules) a visit with a team, accepts a
/// plan's proposals, or cancels a visit. A team member never has a declared conflict with the agency; an ordinary visit
/// is never sooner than the notice the agency is owed (setting inspection.notice-days).
/// </summary>
public static class ScheduleInspection
{
    public sealed record Command(DateOnly Date, IReadOnlyList<Guid> InspectorIds, string? Reason);

    public sealed record Cancellation(string Reason);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.InspectorIds).NotEmpty().WithName(_ => Text.Pick("Inspectors", "អធិការ"));
            RuleFor(c => c.Reason).MaximumLength(1000).WithName(_ => Text.Pick("Reason", "មូលហេតុ"));
        }
    }

    public sealed class CancellationValidator : AbstractValidator<Cancellation>
    {
        public CancellationValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000).WithName(_ => Text.Pick("Reason", "មូលហេតុ"));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IUserDirectory directory, TimeProvider clock, BusinessCalendar calendar, RuleSettingsCache rules)
    {
        public async Task HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var inspection = await db.LoadVisibleAsync(user, id, cancellationToken);
            var team = await TeamAsync(inspection.AgencyId, command.InspectorIds, cancellationToken);
            inspection.Schedule(command.Date, team, calendar.Today, await NoticeDaysAsync(cancellationToken), command.Reason?.Trim(), user.AsActor(clock));
            foreach (var member in team)
            {
                db.NotifyUser(member.Id, member.Name, $"Inspection scheduled on {command.Date:yyyy-MM-dd} / អធិការកិច្ចកំណត់ថ្ងៃ {command.Date:yyyy-MM-dd}",
                    $"{inspection.Site.Kind}: {inspection.Site.Address} ({inspection.Site.ProvinceCode}).", clock.GetUtcNow());
            }
            await db.SaveChangesAsync(cancellationToken);
        }

        /// <summary>Schedules every planned visit of the plan that has a proposed team and a date the notice still allows.</summary>
        public async Task<int> AcceptProposalsAsync(Guid planId, CancellationToken cancellationToken)
        {
            var (today, notice) = (calendar.Today, await NoticeDaysAsync(cancellationToken));
            var earliest = today.AddDays(notice);
            var planned = await db.Inspections.Include(i => i.Team).Include(i => i.Events)
                .Where(i => i.PlanId == planId && i.Status == InspectionStatus.Planned && i.PlannedFor >= earliest && i.Team.Any())
                .ToListAsync(cancellationToken);
            var actor = user.AsActor(clock);
            foreach (var inspection in planned)
            {
                inspection.Schedule(inspection.PlannedFor, inspection.Team.Select(m => new Inspector(m.InspectorId, m.Name)).ToList(), today, notice, null, actor);
            }
            await db.SaveChangesAsync(cancellationToken);
            return planned.Count;
        }

        public async Task CancelAsync(Guid id, Cancellation cancellation, CancellationToken cancellationToken)
        {
            var inspection = await db.LoadVisibleAsync(user, id, cancellationToken);
            inspection.Cancel(cancellation.Reason.Trim(), user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }

        private async Task<int> NoticeDaysAsync(CancellationToken cancellationToken) => (await rules.GetAsync(db, cancellationToken)).InspectionNoticeDays;

        private async Task<IReadOnlyList<Inspector>> TeamAsync(Guid agencyId, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
        {
            var inspectors = (await directory.InRoleAsync(Roles.Inspector, cancellationToken)).ToDictionary(i => i.Id, i => i.Email);
            var unknown = ids.Where(id => !inspectors.ContainsKey(id)).ToList();
            if (unknown.Count > 0) throw new DomainException(ErrorCodes.NotInspectors, Text.Pick("Only inspectors can be on an inspection team.", "មានតែអធិការទេដែលអាចស្ថិតក្នុងក្រុមអធិការកិច្ច។"), DomainErrorKind.Invalid);
            if (await db.InspectorConflicts.AnyAsync(c => c.AgencyId == agencyId && ids.Contains(c.InspectorId), cancellationToken))
            {
                throw new DomainException(ErrorCodes.InspectorConflict, Text.Pick("An inspector on this team declared a conflict of interest with the agency.", "អធិការម្នាក់ក្នុងក្រុមបានប្រកាសទំនាស់ផលប្រយោជន៍ជាមួយភ្នាក់ងារនេះ។"));
            }
            return ids.Distinct().Select(id => new Inspector(id, inspectors[id])).ToList();
        }
    }
}
