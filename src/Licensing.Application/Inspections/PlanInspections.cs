using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Licensing.Domain.Identity;
using Licensing.Domain.Inspections;
using Licensing.Domain.Licences;
using Licensing.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inspections;

/// <summary>
/// Generates the year's plan from the register: one ordinary inspection of every licensed
/// agency's head office, each branch and each PDOT centre, with a proposed date and team.
/// </summary>
public static class PlanInspections
{
    public sealed record Command(int Year);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Year).InclusiveBetween(2020, 2100).WithName(_ => Text.Pick("Year", "ឆ្នាំ"));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IUserDirectory directory, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            if (await db.InspectionPlans.AnyAsync(p => p.Year == command.Year, cancellationToken))
            {
                throw new DomainException("plan_exists", Text.Pick("There is already a plan for this year.", "មានផែនការសម្រាប់ឆ្នាំនេះរួចហើយ។"));
            }
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var from = new DateOnly(command.Year, 1, 1) > today ? new DateOnly(command.Year, 1, 1) : today.AddDays(1);
            var to = new DateOnly(command.Year, 12, 31);
            if (from > to) throw new DomainException("year_over", Text.Pick("That year is over.", "ឆ្នាំនោះបានកន្លងផុតហើយ។"), DomainErrorKind.Invalid);

            var sites = await SitesAsync(cancellationToken);
            var inspectors = (await directory.InRoleAsync(Roles.Inspector, cancellationToken)).Select(i => new Inspector(i.Id, i.Email)).ToList();
            var conflicts = (await db.InspectorConflicts.AsNoTracking().Select(c => new { c.InspectorId, c.AgencyId }).ToListAsync(cancellationToken))
                .ToLookup(c => c.InspectorId, c => c.AgencyId);
            var visits = InspectionPlanner.Propose(sites, inspectors, conflicts, from, to,
                await db.GetIntSettingAsync(SettingCatalog.InspectionMaxPerInspectorPerDay, cancellationToken),
                await db.GetIntSettingAsync(SettingCatalog.InspectionTeamSize, cancellationToken));

            var actor = user.AsActor(clock);
            var plan = new InspectionPlan(command.Year, actor);
            var version = await db.CurrentChecklistVersionAsync(cancellationToken);
            db.InspectionPlans.Add(plan);
            foreach (var visit in visits)
            {
                var inspection = Inspection.PlanOrdinary(plan.Id, visit.Site.AgencyId, visit.Site.Site, visit.Date, version, actor);
                inspection.Propose(visit.Date, visit.Team);
                db.Inspections.Add(inspection);
            }
            await db.SaveChangesAsync(cancellationToken);
            return plan.Id;
        }

        private async Task<List<SiteToInspect>> SitesAsync(CancellationToken cancellationToken)
        {
            var licensed = db.Licences.Where(l => l.Status == LicenceStatus.Active || l.Status == LicenceStatus.Suspended).Select(l => l.AgencyId);
            var agencies = await db.Agencies.AsNoTracking().Where(a => licensed.Contains(a.Id))
                .Include(a => a.Branches).Include(a => a.TrainingCentres).ToListAsync(cancellationToken);
            return agencies.SelectMany(a =>
                new[] { new SiteToInspect(a.Id, new InspectionSite(SiteKind.HeadOffice, null, a.HeadOffice.Line, a.HeadOffice.ProvinceCode)) }
                    .Concat(a.Branches.Select(b => new SiteToInspect(a.Id, new InspectionSite(SiteKind.Branch, b.Id, b.Address.Line, b.Address.ProvinceCode))))
                    .Concat(a.TrainingCentres.Select(c => new SiteToInspect(a.Id, new InspectionSite(SiteKind.TrainingCentre, c.Id, c.Address.Line, c.Address.ProvinceCode)))))
                .ToList();
        }
    }
}
