using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Licensing.Domain.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inspections;

/// <summary>
/// An officer makes the year's plan of ordinary inspections (R8, R9) with every site due within the year
/// (<see cref="InspectionPlanSites"/>). Planning is continuous: the daily job <see cref="AddDueSitesToPlans"/> adds what
/// falls due after.
/// </summary>
public static class PlanInspections
{
    public sealed record Command(int Year);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Year).InclusiveBetween(2020, 2100).WithName(_ => Catalogue.Say(Keys.Year));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, InspectionPlanSites sites, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            if (await db.InspectionPlans.AnyAsync(p => p.Year == command.Year, cancellationToken))
            {
                throw new DomainException(ErrorCodes.PlanExists);
            }
            var actor = user.AsActor(clock);
            var plan = new InspectionPlan(command.Year, actor);
            if (await sites.WindowAsync(plan, cancellationToken) is null)
            {
                throw new DomainException(ErrorCodes.YearOver, DomainErrorKind.Invalid);
            }
            db.InspectionPlans.Add(plan);
            await sites.AddDueSitesAsync(plan, actor, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return plan.Id;
        }
    }
}
